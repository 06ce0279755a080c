namespace VLoket.Functions.Configuratie;

/// <summary>
/// Where the loket may send personal data or tokens: only <c>https</c>; in Development also <c>http</c> to the loopback
/// address, for the simulator on this machine.
/// </summary>
public static class VeiligAdres
{
    public static bool IsToegestaan(string? adres, bool ontwikkeling) =>
        Uri.TryCreate(adres, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (ontwikkeling && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
