using System.Text.Json;
using System.Text.Json.Serialization;

namespace VLoket.Agencies.Simulator.Bronnen;

// The data-source connector contract (docs/contracts/gegevensbron-connector.openapi.json), as the simulator speaks it.

/// <summary>Body of <c>POST {basis}/gegevens</c>: the association, its KBO number, its people (INSZ only here, in the body) and its accounts.</summary>
public sealed record GegevensVraag(string? VCode, string? KboNummer, List<VraagPersoon>? Personen, List<string>? Bankrekeningnummers);

/// <summary>A person asked about; the answer refers to them by <see cref="Referentie"/> only.</summary>
public sealed record VraagPersoon(string? Referentie, string? Insz);

/// <summary>The answer: what the source knows.</summary>
public sealed record GegevensAntwoord(List<GegevenItem> Items);

/// <summary>One data item; optional fields are left out when empty.</summary>
public sealed record GegevenItem(
    string Categorie, string Label, JsonElement Waarde,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? GeldigTot = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Referentie = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OvoCode = null);

public sealed record Instantie(string OvoCode, string Naam);

public sealed record IpdcProduct(string Nummer, string Naam);

/// <summary>An attest of a certified youth-work leader, held by the youth administration.</summary>
public sealed record Attest(string AttestId, string Titel, string UitgereiktOp, string? GeldigTot, Instantie UitgereiktDoor);

/// <summary>A recognition as the recognitions source holds it; the loket derives the status from the period.</summary>
public sealed record Erkenning(
    string ErkenningId, IpdcProduct IpdcProduct, Instantie GeregistreerdDoor, string? Startdatum, string? Einddatum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Hernieuwingsdatum = null,
    bool Beslist = true, bool Geschorst = false);

/// <summary>An agency's confirmation of a bank account (e.g. after paying a subsidy into it).</summary>
public sealed record Bankbevestiging(Instantie BevestigdDoor, string BevestigdOp);

// Test and demo seeding (not part of the connector contract).

/// <summary>Body of <c>PUT /bronnen/attesten/beheer/personen</c>: a person's attests (INSZ in the body, never in the URL).</summary>
public sealed record AttestenZaaien(string? Insz, List<Attest>? Attesten);

/// <summary>Body of <c>PUT /bronnen/bank/beheer/bevestigingen</c>: confirmations of one account of one association.</summary>
public sealed record BevestigingenZaaien(string? VCode, string? Iban, List<Bankbevestiging>? Bevestigingen);

/// <summary>Body of <c>PUT /bronnen/{bron}/beheer/storing</c> and <c>PUT /kbo/beheer/storing</c>.</summary>
public sealed record StoringZetten(bool Storing);
