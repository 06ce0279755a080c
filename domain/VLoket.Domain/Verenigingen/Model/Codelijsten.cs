namespace VLoket.Domain.Verenigingen.Model;

/// <summary>Code lists of domain.md section 1.</summary>
public static class Codelijsten
{
    public static readonly Verenigingstype Vzer = new("VZER", "Vereniging zonder eigen rechtspersoonlijkheid");
    public static readonly Verenigingstype FeitelijkeVereniging = new("FV", "Feitelijke vereniging");

    /// <summary>KBO legal-form code → association type.</summary>
    public static readonly IReadOnlyDictionary<string, Verenigingstype> Rechtsvormen = new Dictionary<string, Verenigingstype>
    {
        ["017"] = new("VZW", "Vereniging zonder winstoogmerk"),
        ["125"] = new("IVZW", "Internationale vereniging zonder winstoogmerk"),
        ["026"] = new("PS", "Private stichting"),
        ["029"] = new("SVON", "Stichting van openbaar nut"),
    };

    public static class Contactgegeventypes
    {
        public const string EMail = "E-mail";
        public const string Website = "Website";
        public const string SocialMedia = "SocialMedia";
        public const string Telefoon = "Telefoon";
    }

    public static class Locatietypes
    {
        public const string Activiteiten = "Activiteiten";
        public const string Correspondentie = "Correspondentie";
        public const string MaatschappelijkeZetel = "Maatschappelijke zetel volgens KBO";

        public static readonly IReadOnlyList<string> DoorVereniging = [Activiteiten, Correspondentie];
    }
}
