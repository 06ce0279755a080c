using VLoket.Domain.Diensten.Import;

namespace VLoket.Domain.Diensten.Demo;

/// <summary>
/// The demo catalogue: realistic services for associations at every level of government, embedded in this assembly
/// (<c>Diensten/Demo/demo-diensten.json</c>) and loaded through the same import as an operator's. Loading it twice
/// changes nothing (every item comes back <c>ongewijzigd</c>).
/// </summary>
public static class DemoCatalogus
{
    public const string Bron = "VLoket.Domain.Diensten.Demo.demo-diensten.json";

    public static async Task<ImportResultaat> LaadAsync(DienstImport import, CancellationToken ct = default)
    {
        var resultaat = await import.ImporteerAsync(Json(), ct);
        if (resultaat.Geweigerd > 0)
        {
            // The demo data ships with the product: a rejected item is a bug in it, not something to skip quietly.
            var eerste = resultaat.Resultaten.First(r => r.Resultaat == DienstImport.Geweigerd);
            throw new InvalidOperationException(
                $"Demo service {eerste.Productnummer ?? eerste.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)} is invalid: " +
                string.Join("; ", eerste.Redenen!.Select(r => $"{r.Veld}: {r.Melding}")));
        }

        return resultaat;
    }

    /// <summary>The embedded JSON (an array of services in IPDC shape).</summary>
    public static byte[] Json()
    {
        using var stream = typeof(DemoCatalogus).Assembly.GetManifestResourceStream(Bron)
            ?? throw new InvalidOperationException($"Embedded resource '{Bron}' is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
