using System.Collections.Concurrent;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>
/// Plays each case's scenario: the phase changes on a timeline of <see cref="TimeProvider"/> delays, the callbacks that
/// report them, and the loket's answers and cancellations. All background work stops when the simulator stops.
/// </summary>
public sealed class ZaakBehandeling(SimulatorOpties opties, TimeProvider tijd, CallbackVerzender callbacks, ILogger<ZaakBehandeling> log)
    : IHostedService, IDisposable
{
    public const string Vraag = "Bezorg de begroting van het project.";
    public const string MotiveringGoedgekeurd = "De aanvraag voldoet aan alle voorwaarden van het reglement.";
    public const string MotiveringAfgekeurd = "De aanvraag voldoet niet aan de voorwaarden: het project valt buiten het reglement.";

    readonly CancellationTokenSource stoppen = new();
    readonly ConcurrentDictionary<Task, byte> lopend = new();
    readonly IReadOnlyDictionary<string, InstantieRegister> registers =
        SimulatorInstanties.Alle.ToDictionary(i => i.OvoCode, i => new InstantieRegister(i));

    public InstantieRegister? Register(string ovoCode) => registers.GetValueOrDefault(ovoCode);

    /// <summary>Submits an application; a new case starts its scenario, a repeated key gives the existing case.</summary>
    public (IndieningUitkomst Uitkomst, Zaak? Zaak) Indienen(InstantieRegister register, string sleutel, AanvraagIndiening indiening, Scenario scenario)
    {
        var (uitkomst, zaak) = register.Indienen(sleutel, scenario, () => Maak(register, indiening, scenario));
        if (zaak is null)
        {
            return (uitkomst, null);
        }

        Zaak momentopname;
        lock (zaak.Slot)
        {
            // Taken before the timeline starts, so a new case is always answered as the agency first registered it.
            momentopname = zaak.Momentopname();
        }

        if (uitkomst == IndieningUitkomst.Nieuw && !ZaakToestand.IsFinaal(momentopname.Fase) && scenario.Soort != ScenarioSoort.Stil)
        {
            Volg(() => TijdlijnAsync(zaak));
        }

        return (uitkomst, momentopname);
    }

    /// <summary>The applicant answers the agency's question; null when the case is not waiting for an answer.</summary>
    public Zaak? Antwoorden(ZaakToestand zaak, string antwoord)
    {
        Zaak resultaat;
        lock (zaak.Slot)
        {
            if (zaak.Fase != Fase.ActieNodig)
            {
                return null;
            }

            zaak.Antwoorden.Add(antwoord);
            Pas(zaak, Fase.InBehandeling, null, null);
            resultaat = zaak.Momentopname();
        }

        // With the answer the agency has what it asked for and approves after processing.
        Volg(async () =>
        {
            await WachtAsync(opties.Verwerking);
            Overgang(zaak, Fase.InBehandeling, Fase.Goedgekeurd, uitkomst: Uitkomst.Goedgekeurd);
        });
        return resultaat;
    }

    /// <summary>
    /// Test control: the agency asks another question on a case that waits for an answer, reported by callback or, with
    /// <paramref name="melden"/> false, not (a report that is late or lost); null when the case waits for none.
    /// </summary>
    public Zaak? VraagOpnieuw(ZaakToestand zaak, string vraag, bool melden)
    {
        lock (zaak.Slot)
        {
            if (zaak.Fase != Fase.ActieNodig)
            {
                return null;
            }

            zaak.Zet(Fase.ActieNodig, vraag, null, tijd.GetUtcNow());
            if (melden && zaak.RoeptTerug)
            {
                Volg(callbacks.Meld(zaak, stoppen.Token));
            }

            return zaak.Momentopname();
        }
    }

    /// <summary>Cancels the case; null when it was already decided (approved or rejected). Cancelling twice is fine.</summary>
    public Zaak? Annuleren(ZaakToestand zaak)
    {
        lock (zaak.Slot)
        {
            if (zaak.Fase is Fase.Goedgekeurd or Fase.Afgekeurd)
            {
                return null;
            }

            if (zaak.Fase != Fase.Geannuleerd)
            {
                // The timeline sees the new phase and stops: every step checks the phase it expects.
                Pas(zaak, Fase.Geannuleerd, null, null);
            }

            return zaak.Momentopname();
        }
    }

    /// <summary>Re-sends the case's last callback event verbatim; null when the case has sent none.</summary>
    public async Task<(VerzondenGebeurtenis Gebeurtenis, bool Afgeleverd)?> HerhaalAsync(ZaakToestand zaak)
    {
        VerzondenGebeurtenis? laatste;
        Task<bool> levering;
        lock (zaak.Slot)
        {
            laatste = zaak.Gebeurtenissen.LastOrDefault();
            if (laatste is null)
            {
                return null;
            }

            levering = callbacks.InWachtrij(zaak, laatste, stoppen.Token);
        }

        Volg(levering);
        return (laatste, await levering);
    }

    ZaakToestand Maak(InstantieRegister register, AanvraagIndiening indiening, Scenario scenario)
    {
        var zaak = new ZaakToestand(register.Instantie, register.NieuwZaakId(), indiening, scenario, tijd.GetUtcNow());
        if (register.Instantie.Modus == InstantieModus.Onmiddellijk && scenario.Soort is ScenarioSoort.Goedkeuren or ScenarioSoort.Afkeuren)
        {
            // Decided before the case is visible to anyone: the submit answer holds the final case. No callbacks in this mode.
            lock (zaak.Slot)
            {
                Pas(zaak, Fase.InBehandeling, null, null);
                Pas(zaak, Beslis(scenario.Soort), null, UitkomstVan(scenario.Soort));
            }
        }

        return zaak;
    }

    async Task TijdlijnAsync(ZaakToestand zaak)
    {
        await WachtAsync(opties.Verwerking);
        if (!Overgang(zaak, Fase.Ingediend, Fase.InBehandeling))
        {
            return;
        }

        var soort = zaak.Scenario.Soort;
        await WachtAsync(soort == ScenarioSoort.Traag ? opties.Traag : opties.Verwerking);
        if (soort == ScenarioSoort.Aanvullen)
        {
            Overgang(zaak, Fase.InBehandeling, Fase.ActieNodig, Vraag);
        }
        else
        {
            Overgang(zaak, Fase.InBehandeling, Beslis(soort), uitkomst: UitkomstVan(soort));
        }
    }

    static Fase Beslis(ScenarioSoort soort) => soort == ScenarioSoort.Afkeuren ? Fase.Afgekeurd : Fase.Goedgekeurd;

    static Uitkomst UitkomstVan(ScenarioSoort soort) => soort == ScenarioSoort.Afkeuren ? Uitkomst.Afgekeurd : Uitkomst.Goedgekeurd;

    /// <summary>Moves the case only if it is still where the timeline expects it (a cancellation may have come first).</summary>
    bool Overgang(ZaakToestand zaak, Fase van, Fase naar, string? vraag = null, Uitkomst? uitkomst = null)
    {
        lock (zaak.Slot)
        {
            if (zaak.Fase != van)
            {
                return false;
            }

            Pas(zaak, naar, vraag, uitkomst);
            return true;
        }
    }

    /// <summary>Applies a phase change and reports it. The caller holds the case's lock.</summary>
    void Pas(ZaakToestand zaak, Fase naar, string? vraag, Uitkomst? uitkomst)
    {
        var nu = tijd.GetUtcNow();
        Beslissing? beslissing = null;
        if (uitkomst is { } u)
        {
            string motivering = u == Uitkomst.Goedgekeurd ? MotiveringGoedgekeurd : MotiveringAfgekeurd;
            beslissing = new Beslissing(u, motivering, BeslissingsBrief.Maak(zaak, u, motivering, nu));
        }

        zaak.Zet(naar, vraag, beslissing, nu);
        if (zaak.RoeptTerug)
        {
            Volg(callbacks.Meld(zaak, stoppen.Token));
        }
    }

    Task WachtAsync(TimeSpan duur) => Task.Delay(duur, tijd, stoppen.Token);

    void Volg(Func<Task> werk) => Volg(Task.Run(async () =>
    {
        try
        {
            await werk();
        }
        catch (OperationCanceledException) when (stoppen.IsCancellationRequested)
        {
            // The simulator stops; the case stays where it is.
        }
        catch (Exception e)
        {
            log.LogError(e, "Achtergrondwerk van de gesimuleerde instanties mislukt");
        }
    }));

    /// <summary>Keeps track of background work so stopping can wait for it.</summary>
    void Volg(Task taak)
    {
        lopend.TryAdd(taak, 0);
        taak.ContinueWith(t => lopend.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stoppen.CancelAsync();
        // Everything observes the token, so this is quick; the host's stop timeout bounds it anyway.
        await Task.WhenAll(lopend.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => stoppen.Dispose();
}
