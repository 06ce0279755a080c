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
    public const string OverdrachtSleutel = "ONTWIKKELING-ALLEEN-vloket-overdracht-sleutel-niet-geheim-01";
    public const string Uitgever = "vloket-ontwikkeling";
    public const string Publiek = "vloket";
}
