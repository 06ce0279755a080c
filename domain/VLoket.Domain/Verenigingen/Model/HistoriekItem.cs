namespace VLoket.Domain.Verenigingen.Model;

/// <summary>One change to an association: when, by whom (INSZ masked), what.</summary>
public sealed record HistoriekItem(DateTimeOffset Tijdstip, string Gebeurtenis, string Omschrijving, HistoriekDoor Door);

/// <summary>Who made a change. The INSZ is stored masked only: the history never needs the full number.</summary>
public sealed record HistoriekDoor(string Naam, string Insz);
