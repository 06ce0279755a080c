using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Functions.Verenigingen;

/// <summary>
/// One kind of part of an association (contactgegeven, locatie, vertegenwoordiger, bankrekeningnummer): the domain's
/// three changes for it and how a missing one is named ("Deze locatie"), which is all its routes differ in.
/// </summary>
public sealed record Onderdeelsoort<TInvoer>(
    string Wat,
    Func<Vereniging, TInvoer?, Wijziging> Toevoegen,
    Func<Vereniging, int, TInvoer?, Wijziging> Wijzigen,
    Func<Vereniging, int, Wijziging> Verwijderen)
    where TInvoer : class;
