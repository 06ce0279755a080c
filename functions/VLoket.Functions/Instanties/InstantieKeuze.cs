using VLoket.Domain.Behandeling;
using VLoket.Domain.Behandeling.Voorraad;
using VLoket.Domain.Instanties;

namespace VLoket.Functions.Instanties;

/// <summary>
/// Where the two ways of handling an application meet: the one <see cref="IInstantieConnector"/> the workflow's steps get,
/// which passes each call to the agency's own system over HTTP or to the behandelloket, as the agency registry says
/// (<see cref="Instantie.Behandeling"/>, configuration only). Decisions come back the same way for both: as a kept
/// callback raised to the workflow (<c>DossierDienst.OntvangMeldingAsync</c>), signed over HTTP or reported in-process.
/// </summary>
public sealed class InstantieConnectorKeuze(InstantieHttpConnector http, BehandelloketConnector loket) : IInstantieConnector
{
    IInstantieConnector Voor(Instantie instantie) => instantie.InLoket ? loket : http;

    public Task<Zaak> DienInAsync(Instantie instantie, AanvraagIndiening indiening, string idempotentieSleutel, CancellationToken ct = default) =>
        Voor(instantie).DienInAsync(instantie, indiening, idempotentieSleutel, ct);

    public Task<Zaak> LeesAsync(Instantie instantie, string zaakId, CancellationToken ct = default) => Voor(instantie).LeesAsync(instantie, zaakId, ct);

    public Task<Zaak> AntwoordAsync(Instantie instantie, string zaakId, string antwoord, CancellationToken ct = default) =>
        Voor(instantie).AntwoordAsync(instantie, zaakId, antwoord, ct);

    public Task<Zaak> AnnuleerAsync(Instantie instantie, string zaakId, CancellationToken ct = default) => Voor(instantie).AnnuleerAsync(instantie, zaakId, ct);
}

/// <summary>
/// Passing changes on: an agency in the behandelloket reads the association's current data in the loket itself, so a
/// delivery to it is done at once; other agencies get it over HTTP.
/// </summary>
public sealed class GegevensConnectorKeuze(GegevensHttpConnector http) : IGegevensConnector
{
    public Task BezorgAsync(Instantie instantie, GegevenswijzigingBericht bericht, string idempotentieSleutel, CancellationToken ct = default) =>
        instantie.InLoket ? Task.CompletedTask : http.BezorgAsync(instantie, bericht, idempotentieSleutel, ct);
}

/// <summary>
/// Reservations: a lending service in the behandelloket answers from its stock there, others over HTTP. Approvals come
/// back the same way for both: as a report raised to the workflow (<c>DossierDienst.OntvangMeldingAsync</c>).
/// </summary>
public sealed class ReservatieConnectorKeuze(ReservatieHttpConnector http, VoorraadConnector voorraad) : IReservatieConnector
{
    IReservatieConnector Voor(Instantie instantie) => instantie.InLoket ? voorraad : http;

    public Task<Beschikbaarheid> BeschikbaarheidAsync(Instantie instantie, string materiaal, DateOnly van, DateOnly tot, CancellationToken ct = default) =>
        Voor(instantie).BeschikbaarheidAsync(instantie, materiaal, van, tot, ct);

    public Task<Reservatie?> HoudVastAsync(Instantie instantie, ReservatieIndiening indiening, string idempotentieSleutel, CancellationToken ct = default) =>
        Voor(instantie).HoudVastAsync(instantie, indiening, idempotentieSleutel, ct);

    public Task<Reservatie?> BevestigAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        Voor(instantie).BevestigAsync(instantie, reservatieId, ct);

    public Task<Reservatie> LeesAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        Voor(instantie).LeesAsync(instantie, reservatieId, ct);

    public Task<Reservatie> AnnuleerAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        Voor(instantie).AnnuleerAsync(instantie, reservatieId, ct);
}
