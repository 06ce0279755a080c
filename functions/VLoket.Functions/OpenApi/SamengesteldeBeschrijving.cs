namespace VLoket.Functions.OpenApi;

/// <summary>
/// An attribute that stands for a set of declarations at once, for a kind of route whose routes must promise the same
/// (the parts of an association). The generator, the body limits and the contract test read a function's declarations
/// through <see cref="OpenApiGenerator.Verzoek"/>, <see cref="OpenApiGenerator.Antwoorden"/> and
/// <see cref="OpenApiGenerator.Headers"/>, which add what such an attribute stands for to the function's own attributes.
/// </summary>
public interface ISamengesteldeBeschrijving
{
    /// <summary>The body the routes read, as a <see cref="VerzoekAttribute"/> would declare it; null for none.</summary>
    VerzoekAttribute? Verzoek { get; }

    /// <summary>The successful answers, as <see cref="AntwoordAttribute"/>s would declare them.</summary>
    IReadOnlyList<AntwoordAttribute> Antwoorden { get; }

    /// <summary>Whether the routes are writes guarded by a version, as <see cref="VersieWijzigingAttribute"/> declares.</summary>
    bool VersieWijziging { get; }

    /// <summary>The group the operations are listed under; null groups them by the function's folder.</summary>
    string? Tag { get; }
}
