using VLoket.Domain.Bronnen;

namespace VLoket.Orchestrations.Gegevens;

/// <summary>Input of <see cref="GegevensVerversenOrchestrator"/>: the association and the sources to ask (codes and names, no personal data).</summary>
public sealed record VerversOpdracht(string VCode, IReadOnlyList<BronNaam> Bronnen);

/// <summary>A source by code and the name users see.</summary>
public sealed record BronNaam(string Code, string Naam);

/// <summary>Input of <see cref="HaalBrongegevensOp"/>: one source for one association.</summary>
public sealed record BronOpdracht(string VCode, string Bron);

/// <summary>Output of <see cref="GegevensVerversenOrchestrator"/>: the outcome per source.</summary>
public sealed record VerversUitkomst(string VCode, IReadOnlyList<BronUitkomst> Bronnen);
