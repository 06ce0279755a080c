namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>A callback event as it was first sent: the event and its exact body, so a re-send is byte-for-byte the same.</summary>
public sealed record VerzondenGebeurtenis(StatusWijziging Wijziging, byte[] Body);

/// <summary>
/// The mutable state of one case. Every read and change happens under <see cref="Slot"/>: the background timeline,
/// the loket's requests and the callback queue all touch the same case.
/// </summary>
public sealed class ZaakToestand(Instantie instantie, string zaakId, AanvraagIndiening indiening, Scenario scenario, DateTimeOffset nu)
{
    public Lock Slot { get; } = new();

    public Instantie Instantie { get; } = instantie;

    public string ZaakId { get; } = zaakId;

    public string DossierId { get; } = indiening.DossierId!;

    public string Productnummer { get; } = indiening.Productnummer!;

    public Uri? CallbackUrl { get; } = indiening.CallbackUrl is { Length: > 0 } url ? new Uri(url) : null;

    public Scenario Scenario { get; } = scenario;

    public Fase Fase { get; private set; } = Fase.Ingediend;

    public string? Vraag { get; private set; }

    public Beslissing? Beslissing { get; private set; }

    public DateTimeOffset BijgewerktOp { get; private set; } = nu;

    /// <summary>The answers to the agency's questions, kept so the simulator behaves like an agency that reads them.</summary>
    public List<string> Antwoorden { get; } = [];

    /// <summary>Events for the loket in the order they happened; only for agencies in callback mode with a callback URL.</summary>
    public List<VerzondenGebeurtenis> Gebeurtenissen { get; } = [];

    /// <summary>The last delivery in this case's queue; the next one waits for it so the loket gets events in order.</summary>
    public Task Verzending { get; set; } = Task.CompletedTask;

    /// <summary>Whether this case reports its changes by callback.</summary>
    public bool RoeptTerug => Instantie.Modus == InstantieModus.Callback && CallbackUrl is not null;

    public static bool IsFinaal(Fase fase) => fase is Fase.Goedgekeurd or Fase.Afgekeurd or Fase.Geannuleerd;

    /// <summary>Moves the case to <paramref name="naar"/>. The caller holds <see cref="Slot"/> and has checked the rules.</summary>
    public void Zet(Fase naar, string? vraag, Beslissing? beslissing, DateTimeOffset nu)
    {
        Fase = naar;
        Vraag = vraag;
        Beslissing = beslissing;
        BijgewerktOp = nu;
    }

    public Zaak Momentopname() =>
        new(ZaakId, DossierId, Instantie.OvoCode, Productnummer, Fase, Instantie.Labels[Fase], Vraag, Beslissing, BijgewerktOp);

    public StatusWijziging Wijziging(string eventId) =>
        new(eventId, Instantie.OvoCode, ZaakId, DossierId, Fase, Instantie.Labels[Fase], Vraag, Beslissing, BijgewerktOp);
}
