using System.Globalization;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>Checks an application's answers against the service's form: required questions, types, choices, no markup.</summary>
public static class AntwoordControle
{
    public static List<VeldFout> Controleer(IReadOnlyList<Vraag> vragen, IReadOnlyDictionary<string, string> antwoorden, IReadOnlySet<string>? bekend = null)
    {
        var fouten = new List<VeldFout>();
        foreach (string sleutel in antwoorden.Keys.Where(k => vragen.All(v => v.Sleutel != k)))
        {
            fouten.Add(new VeldFout($"antwoorden.{sleutel}", "Deze vraag hoort niet bij het formulier van deze dienst."));
        }

        foreach (var vraag in vragen)
        {
            string veld = $"antwoorden.{vraag.Sleutel}";
            bool gegeven = antwoorden.TryGetValue(vraag.Sleutel, out string? waarde) && !string.IsNullOrWhiteSpace(waarde);
            if (!gegeven)
            {
                // A question the government can answer itself is not asked again (once only).
                if (vraag.Verplicht && !(vraag.Bron is not null && bekend?.Contains(vraag.Bron) == true))
                {
                    fouten.Add(new VeldFout(veld, $"Beantwoord de vraag '{vraag.Label}'."));
                }

                continue;
            }

            if (Tekst.BevatOpmaak(waarde!))
            {
                fouten.Add(new VeldFout(veld, "Gebruik geen opmaak (zoals <b> of <script>) in je antwoord."));
                continue;
            }

            string? fout = vraag.Type switch
            {
                "getal" when !decimal.TryParse(waarde, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => "Geef een getal, zoals 1250 of 1250.50.",
                "datum" when !DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "Geef een datum als jjjj-mm-dd.",
                "ja-nee" when waarde is not ("ja" or "nee") => "Antwoord met ja of nee.",
                "keuze" when vraag.Keuzes is { } keuzes && !keuzes.Contains(waarde!) => $"Kies een van: {string.Join(", ", vraag.Keuzes)}.",
                "tekst" when waarde!.Length > 4000 => "Je antwoord is te lang (hoogstens 4000 tekens).",
                _ => null,
            };
            if (fout is not null)
            {
                fouten.Add(new VeldFout(veld, fout));
            }
        }

        return fouten;
    }
}
