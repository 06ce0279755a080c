namespace VLoket.Tests.Infrastructure;

/// <summary>
/// Stops the processes the test run started (Azurite, smtp4dev) when the test process exits, all at once. One handler
/// per process ran them one after the other, and the test host is ended soon after its last test: Azurite's graceful stop
/// (up to 3 s) used that time, and smtp4dev, stopped second, was left running after every plain <c>dotnet test</c>.
/// </summary>
public static class ProcesOpruiming
{
    static readonly List<IAsyncDisposable> Processen = [];

    static ProcesOpruiming() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAlles();

    /// <summary>Stops <paramref name="proces"/> with the others when the test process exits.</summary>
    public static void Registreer(IAsyncDisposable proces)
    {
        lock (Processen)
        {
            Processen.Add(proces);
        }
    }

    static void StopAlles()
    {
        Task[] stoppen;
        lock (Processen)
        {
            stoppen = Processen.Select(p => Task.Run(async () => await p.DisposeAsync())).ToArray();
        }

        Task.WaitAll(stoppen, TimeSpan.FromSeconds(15));
    }
}
