using System.ComponentModel.DataAnnotations;

namespace VLoket.Domain.Behandeling.Voorraad;

/// <summary>A period in which an item cannot be lent (repair, own use), both days included.</summary>
public sealed record Onbeschikbaarheid(DateOnly Van, DateOnly Tot, string Reden);

/// <summary>
/// One kind of item or one room a lending service lends: <see cref="Code"/> is the material code the loket's forms use
/// (e.g. <c>tent</c>), <see cref="Aantal"/> how many it has. <see cref="VereistGoedkeuring"/>: a case worker approves or
/// refuses each reservation of it.
/// </summary>
public sealed record Voorraaditem(string Code, string Naam, string Soort, int Aantal, bool VereistGoedkeuring, List<Onbeschikbaarheid> Onbeschikbaar);

/// <summary>What a lending service decided about a reservation that needs approval.</summary>
public static class Goedkeuringen
{
    public const string Gevraagd = "gevraagd";
    public const string Goedgekeurd = "goedgekeurd";
    public const string Geweigerd = "geweigerd";
}

/// <summary>
/// A reservation in the stock: a hold or a confirmed reservation of <see cref="Aantal"/> items for a period.
/// <see cref="Goedkeuring"/> is one of <see cref="Goedkeuringen"/> for an item that needs approval; <see cref="Motivering"/>
/// the lending service's reason for its decision.
/// </summary>
public sealed record Uitlening(
    string ReservatieId, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot, string Status, DateTimeOffset VervaltOp, string DossierId,
    string VCode, string? Goedkeuring, DateTimeOffset BijgewerktOp, string? Motivering = null);

/// <summary>What a case worker sends to add or change an item.</summary>
public sealed record VoorraaditemInvoer(
    [MaxLength(40)] string? Code, [MaxLength(200)] string? Naam, [MaxLength(20)] string? Soort, int? Aantal, bool? VereistGoedkeuring,
    [MaxLength(100)] List<OnbeschikbaarheidInvoer?>? Onbeschikbaar);

public sealed record OnbeschikbaarheidInvoer(string? Van, string? Tot, [MaxLength(200)] string? Reden);

/// <summary>A case worker's decision on a reservation that needs approval: <c>goedkeuren</c> or <c>weigeren</c> (with a motivation).</summary>
public sealed record GoedkeuringInvoer([MaxLength(20)] string? Beslissing, [MaxLength(GoedkeuringInvoer.MaxMotivering)] string? Motivering = null)
{
    public const int MaxMotivering = 2000;
}

/// <summary>The calendar of one period: the stock and every hold and confirmed reservation in it.</summary>
public sealed record Uitleenkalender(string OvoCode, DateOnly Van, DateOnly Tot, IReadOnlyList<Voorraaditem> Items, IReadOnlyList<Uitlening> Reservaties);
