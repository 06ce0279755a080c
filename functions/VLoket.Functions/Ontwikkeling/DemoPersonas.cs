namespace VLoket.Functions.Ontwikkeling;

/// <summary>A made-up person of the demo data set (domain.md section 6). The INSZ numbers are valid but fictitious.</summary>
public sealed record DemoPersona(string Insz, string Voornaam, string Achternaam, string Omschrijving, IReadOnlyList<string> Rollen);

public static class DemoPersonas
{
    public static readonly DemoPersona Voorzitter = new("78041212319", "An", "Peeters",
        "Voorzitter van Chiro Sint-Jan Gent en van Buurtcomité Den Dries in Aalst", []);

    public static readonly DemoPersona Penningmeester = new("85092328401", "Karim", "El Amrani",
        "Penningmeester van KSV Heverlee vzw in Leuven (uit KBO)", []);

    public static readonly DemoPersona Nieuwkomer = new("02030511719", "Lotte", "Janssens",
        "Nieuw in het loket, nog zonder vereniging", []);

    public static readonly DemoPersona Beheerder = new("91010105587", "Olaf", "Verbeke",
        "Operator van het loket", ["beheerder"]);

    /// <summary>A case worker of Stad Gent, whose camp subsidy and lending service are handled in the behandelloket.</summary>
    public static readonly DemoPersona Behandelaar = new("88031512335", "Griet", "De Smet",
        "Dossierbehandelaar bij Stad Gent (jeugdkampen, uitleendienst) in het behandelloket", ["behandelaar:OVO004021"]);

    public static readonly IReadOnlyList<DemoPersona> Alle = [Voorzitter, Penningmeester, Nieuwkomer, Beheerder, Behandelaar];
}
