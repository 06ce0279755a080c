namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>The four kinds of contact data, spelled exactly as in the API.</summary>
public static class ContactgegevenType
{
    public const string Email = "E-mail";

    public const string Website = "Website";

    public const string SocialMedia = "SocialMedia";

    public const string Telefoon = "Telefoon";

    public static IReadOnlyList<string> Alle { get; } = [Email, Website, SocialMedia, Telefoon];

    /// <summary>Exact, case-sensitive match, so stored types are always spelled one way.</summary>
    public static bool IsGeldig(string? type) => type is not null && Alle.Contains(type, StringComparer.Ordinal);
}
