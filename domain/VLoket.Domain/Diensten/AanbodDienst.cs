using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Diensten;

/// <summary>An association's tailored overview: the association, the day it was computed for, and the matching services in order.</summary>
public sealed record AanbodResultaat(Vereniging Vereniging, DateOnly Vandaag, IReadOnlyList<Beoordeling> Diensten);

/// <summary>
/// Computes the services that apply to an association, for one of its representatives. Access follows
/// <see cref="VerenigingDienst.LeesAsync"/>: anyone else is told the association does not exist.
/// </summary>
public sealed class AanbodDienst(VerenigingDienst verenigingen, DienstCatalogus catalogus, TimeProvider klok)
{
    public async Task<AanbodResultaat> AanbodAsync(
        string? vCode, Gebruiker gebruiker, string? type, string? thema, bool alleenOpen, CancellationToken ct = default)
    {
        var f = new FoutVerzamelaar();
        string? typeCode = Code(f, type, DienstCodes.Types, "type");
        string? themaCode = Code(f, thema, DienstCodes.Themas, "thema");
        f.GooiAlsFouten();

        var vereniging = (await verenigingen.LeesAsync(vCode, gebruiker, ct)).Waarde;
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var index = (await catalogus.HuidigAsync(ct)).Index;
        Func<Dienst, bool>? filter = typeCode is null && themaCode is null
            ? null
            : d => (typeCode is null || d.Type == typeCode) && (themaCode is null || d.Themas.Contains(themaCode));
        IReadOnlyList<Beoordeling> aanbod = Aanbod.Bereken(index, Verenigingsprofiel.Van(vereniging), vandaag, filter);
        if (alleenOpen)
        {
            aanbod = aanbod.Where(b => b.NuAanvraagbaar).ToList();
        }

        return new AanbodResultaat(vereniging, vandaag, aanbod);
    }

    static string? Code(FoutVerzamelaar f, string? waarde, IReadOnlyList<string> lijst, string veld)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        var code = DienstCodes.Zoek(lijst, waarde);
        if (code is null)
        {
            f.Voeg(veld, $"{Import.ImportVelden.Benoem(waarde)} is geen gekende code. Kies uit: {string.Join(", ", lijst)}.");
        }

        return code;
    }
}
