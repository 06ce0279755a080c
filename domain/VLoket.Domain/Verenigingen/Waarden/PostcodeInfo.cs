namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>One Flemish postcode from the reference list: its post name(s), the municipality it belongs to and that municipality's NUTS/LAU code.</summary>
public sealed record PostcodeInfo(
    string Postcode,
    IReadOnlyList<string> Postnamen,
    string Gemeente,
    string NutsLau,
    string Provincie);
