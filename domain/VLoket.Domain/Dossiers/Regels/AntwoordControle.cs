using System.Text.Json;
using VLoket.Domain.Diensten.Model;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>The answers of an application, checked against the form and in their typed form (<see cref="AntwoordTypes"/>).</summary>
public sealed record GecontroleerdeAntwoorden(Dictionary<string, JsonElement> Antwoorden, List<VeldFout> Fouten);

/// <summary>Checks an application's answers against the service's form: required questions, types, choices, no markup.</summary>
public static class AntwoordControle
{
    /// <summary>
    /// Checks and normalises <paramref name="antwoorden"/>. A question the loket can answer itself (its source in
    /// <paramref name="bekend"/>) is not required; a draft (<paramref name="concept"/>) requires nothing yet, but what it
    /// holds must already be of the right type.
    /// </summary>
    public static GecontroleerdeAntwoorden Controleer(IReadOnlyList<Vraag> vragen, IReadOnlyDictionary<string, JsonElement> antwoorden,
        IReadOnlySet<string>? bekend = null, bool concept = false)
    {
        var fouten = new List<VeldFout>();
        var getypt = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (string sleutel in antwoorden.Keys.Where(k => vragen.All(v => v.Sleutel != k)))
        {
            fouten.Add(new VeldFout($"antwoorden.{sleutel}", "Deze vraag hoort niet bij het formulier van deze dienst."));
        }

        foreach (var vraag in vragen)
        {
            string veld = $"antwoorden.{vraag.Sleutel}";
            if (!antwoorden.TryGetValue(vraag.Sleutel, out var waarde) || AntwoordTypes.IsLeeg(waarde))
            {
                // A question the government can answer itself is not asked again (once only).
                if (!concept && vraag.Verplicht && !(vraag.Bron is not null && bekend?.Contains(vraag.Bron) == true))
                {
                    fouten.Add(new VeldFout(veld, $"Beantwoord de vraag '{vraag.Label}'."));
                }

                continue;
            }

            var (typisch, fout) = AntwoordTypes.Normaliseer(vraag, waarde);
            if (fout is not null)
            {
                fouten.Add(new VeldFout(veld, fout));
            }
            else
            {
                getypt[vraag.Sleutel] = typisch;
            }
        }

        return new GecontroleerdeAntwoorden(getypt, fouten);
    }

    /// <summary>The string answers of a version 1 workflow, checked the same way.</summary>
    public static List<VeldFout> Controleer(IReadOnlyList<Vraag> vragen, IReadOnlyDictionary<string, string> antwoorden, IReadOnlySet<string>? bekend = null) =>
        Controleer(vragen, antwoorden.ToDictionary(a => a.Key, a => AntwoordTypes.Van(a.Value)), bekend).Fouten;
}
