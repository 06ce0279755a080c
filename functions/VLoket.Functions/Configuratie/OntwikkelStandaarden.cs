namespace VLoket.Functions.Configuratie;

/// <summary>
/// DEVELOPMENT-ONLY defaults, public on purpose so the loket runs on a fresh checkout.
/// They protect nothing: the app refuses to start with any of them outside the Development environment.
/// </summary>
public static class OntwikkelStandaarden
{
    public const string TokenSleutel = "ONTWIKKELING-ALLEEN-vloket-token-sleutel-niet-geheim-0001";
    public const string InszSleutel = "ONTWIKKELING-ALLEEN-vloket-insz-sleutel-niet-geheim-0001";
    public const string BevestigingsSleutel = "ONTWIKKELING-ALLEEN-vloket-bevestiging-sleutel-niet-geheim";
    /// <summary>The loket's EC P-256 signing key (PKCS#8 PEM) for hand-offs and for calls to agencies and sources.</summary>
    public const string OndertekenSleutel = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgqQMQtBgBrbY1GbQM
        7BB8L1BdWMmW5P6RYyRwx721xbOhRANCAASUlqMzLQxM17m46O093Aw+4v5JNsrV
        srBYS7QnmIbm/kDHr97zIuTP82LIs/jvt73RKhqNYi1e8PzjRl5mFFZ0
        -----END PRIVATE KEY-----
        """;
    public const string Uitgever = "vloket-ontwikkeling";
    public const string Publiek = "vloket";
}
