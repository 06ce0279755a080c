using Microsoft.Azure.Functions.Worker;
using VLoket.Orchestrations.Dossiers;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for the steps every dossier workflow shares (<c>orchestrations/Dossiers</c>).</summary>
public static class DossierTriggers
{
    [Function(nameof(WerkDossierBij))]
    public static Task<bool> WerkDossierBij([ActivityTrigger] DossierBijwerking input, FunctionContext context) =>
        ActivityShim.RunAsync<WerkDossierBij, DossierBijwerking, bool>(context, input);
}
