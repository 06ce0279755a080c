using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Verenigingen;

/// <summary>
/// Declares a route of an association's part in one attribute, so that the twelve routes cannot drift apart in what they
/// promise: a write under If-Match (<see cref="VersieWijzigingAttribute"/>) answering the association (200), with a
/// body of <see cref="Invoer"/> of at most <see cref="Limieten.OnderdeelVerzoek"/> bytes when there is one, and 201 for an
/// add. Listed in the OpenAPI document under <see cref="Tag"/>, the part's own group.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OnderdeelAttribute(string tag, Type? invoer = null) : Attribute, ISamengesteldeBeschrijving
{
    /// <summary>What the 201 of an add route means.</summary>
    public const string Toegevoegd = "Toegevoegd; de vereniging met het nieuwe onderdeel.";

    /// <summary>The body's type; null for a route without a body (removing a part).</summary>
    public Type? Invoer { get; } = invoer;

    /// <summary>Whether the route adds a part, and so answers 201 when it did.</summary>
    public bool Toevoegen { get; init; }

    /// <inheritdoc />
    public string? Tag { get; } = tag;

    /// <inheritdoc />
    public VerzoekAttribute? Verzoek => Invoer is null ? null : new VerzoekAttribute(Invoer) { MaxBytes = Limieten.OnderdeelVerzoek };

    /// <inheritdoc />
    public IReadOnlyList<AntwoordAttribute> Antwoorden =>
        Toevoegen
            ? [new AntwoordAttribute(201, typeof(VerenigingAntwoord)) { Beschrijving = Toegevoegd }, new AntwoordAttribute(200, typeof(VerenigingAntwoord))]
            : [new AntwoordAttribute(200, typeof(VerenigingAntwoord))];

    /// <inheritdoc />
    public bool VersieWijziging => true;
}
