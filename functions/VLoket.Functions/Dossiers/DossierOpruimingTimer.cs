using Microsoft.Azure.Functions.Worker;
using VLoket.Domain.Dossiers;

namespace VLoket.Functions.Dossiers;

/// <summary>
/// Every hour, removes drafts untouched for 60 days and uploaded files no application or draft uses after a day. The local
/// host runs the same every hour (<c>VLoket.Host.Dossiers.DossierOpruimer</c>).
/// </summary>
public sealed class DossierOpruimingTimer(DossierDienst dossiers)
{
    [Function("RuimDossiersOp")]
    public Task RuimOp([TimerTrigger("0 20 * * * *")] TimerInfo timer, CancellationToken ct) => dossiers.RuimOpAsync(ct: ct);
}
