using VLoket.Domain.Bronnen.Kbo;
using VLoket.Domain.Privacy;
using VLoket.Domain.Verenigingen.Mandaten;
using VLoket.Domain.Verenigingen.Uitnodigingen;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Registratie;

/// <summary>The outcome of a registration: the association and whether it was created now (false: it already existed).</summary>
public sealed record Registratieresultaat(Opgeslagen<Vereniging> Vereniging, bool Nieuw);

/// <summary>Registers de-facto associations (with the duplicate check) and associations from KBO.</summary>
public sealed class RegistratieDienst(
    VerenigingRepository repository, VCodeTeller teller, NieuweVerenigingOpslag nieuw,
    KboIndex kboIndex, IKboBron kbo, DuplicaatControle duplicaten, BevestigingsToken tokens, InszSleutel inszSleutel, TimeProvider klok,
    MandaatDienst mandaten)
{
    /// <summary>Registers a de-facto association; possible duplicates stop it unless the token confirms exactly this body (the raw request bytes).</summary>
    public async Task<Registratieresultaat> RegistreerAsync(
        RegistratieInvoer invoer, byte[] body, string? bevestigingsToken, Gebruiker gebruiker, CancellationToken ct = default)
    {
        // Validate with a placeholder code first, so bad input never uses up a vCode.
        var proef = VerenigingRegels.Registratie(invoer, VCode.FromNummer(VCode.EersteNummer), gebruiker, Vandaag);
        string hash = inszSleutel.Hash(gebruiker.Insz);
        if (!tokens.Klopt(bevestigingsToken, body, hash))
        {
            var kandidaten = await duplicaten.ZoekAsync(proef with { VCode = string.Empty }, ct);
            if (kandidaten.Count > 0)
            {
                throw new MogelijkeDuplicatenFout(kandidaten, tokens.Maak(body, hash));
            }
        }

        // Others the registrant names are invited, not made representatives: they must accept first.
        var vereniging = UitnodigingRegels.UitRegistratie(proef, gebruiker, klok.GetUtcNow()) with { VCode = (await teller.VolgendeAsync(ct)).Value };
        return new Registratieresultaat(await BewaarNieuwAsync(vereniging, gebruiker, "VerenigingWerdGeregistreerd",
            $"Feitelijke vereniging '{vereniging.Naam}' geregistreerd.", ct), Nieuw: true);
    }

    /// <summary>
    /// Registers an association with legal personality from KBO for someone who holds a function there; when the number
    /// was registered before, that person joins the association's representatives instead.
    /// </summary>
    public async Task<Registratieresultaat> RegistreerUitKboAsync(string? kboNummerInvoer, Gebruiker gebruiker, CancellationToken ct = default)
    {
        var kboNummer = KboNummer.Create(kboNummerInvoer, "kboNummer");
        var onderneming = await kbo.ZoekAsync(kboNummer.Value, ct)
            ?? throw new DomeinFout("kboNummer", "Dit ondernemingsnummer is niet gekend in de Kruispuntbank van Ondernemingen.");
        // Only a function holder at KBO may add the vzw, or join it when it is in the loket already (403 otherwise).
        var functie = KboMandaten.VereisFunctie(onderneming, gebruiker, Vandaag);
        if (await kboIndex.ZoekAsync(kboNummer.Value, ct) is { } bestaand && await repository.LeesAsync(bestaand, ct) is not null)
        {
            return new Registratieresultaat((await mandaten.SluitAanAsync(bestaand, onderneming, gebruiker, ct)).Vereniging, Nieuw: false);
        }

        if (!Codelijsten.Rechtsvormen.TryGetValue(onderneming.Rechtsvorm, out var type))
        {
            throw new DomeinFout("kboNummer", "Deze onderneming is geen vzw, ivzw, private stichting of stichting van openbaar nut.");
        }

        var vCode = await teller.VolgendeAsync(ct);
        string houder = await kboIndex.ClaimAsync(kboNummer.Value, vCode.Value, ct);
        if (await repository.LeesAsync(houder, ct) is not null)
        {
            return new Registratieresultaat((await mandaten.SluitAanAsync(houder, onderneming, gebruiker, ct)).Vereniging, Nieuw: false);
        }

        // The number is ours (or an earlier attempt crashed between claim and write): finish the registration under the claimed code.
        var vereniging = KboVereniging.Maak(onderneming, type, houder, gebruiker, functie, KboMandaten.Houders(onderneming, Vandaag, mandaten.Hash));
        return new Registratieresultaat(await BewaarNieuwAsync(vereniging, gebruiker, "VerenigingWerdGeregistreerdUitKbo",
            $"Vereniging '{vereniging.Naam}' ({type.Code}) geregistreerd uit KBO met ondernemingsnummer {kboNummer.Opgemaakt}.", ct), Nieuw: true);
    }

    DateOnly Vandaag => DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);

    Task<Opgeslagen<Vereniging>> BewaarNieuwAsync(Vereniging vereniging, Gebruiker gebruiker, string gebeurtenis, string omschrijving, CancellationToken ct) =>
        nieuw.BewaarAsync(vereniging, new HistoriekItem(klok.GetUtcNow(), gebeurtenis, omschrijving, Door(gebruiker)), ct);

    internal static HistoriekDoor Door(Gebruiker gebruiker) => new(gebruiker.VolledigeNaam, gebruiker.Insz.Gemaskeerd);
}
