using System.Text;

namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// Reads the reference CSV files embedded in this assembly. They are embedded so the product never depends on a file
/// on disk at run time.
/// </summary>
internal static class ReferentieBestand
{
    /// <summary>Data rows (header skipped) of an embedded CSV with comma separators and optional double-quoted fields.</summary>
    public static IReadOnlyList<string[]> LeesCsv(string logischeNaam)
    {
        using var stream = typeof(ReferentieBestand).Assembly.GetManifestResourceStream(logischeNaam)
            ?? throw new InvalidOperationException($"Referentiebestand '{logischeNaam}' ontbreekt in de assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

        var rijen = new List<string[]>();
        var eersteRij = true;
        while (reader.ReadLine() is { } regel)
        {
            if (eersteRij)
            {
                eersteRij = false;
                continue;
            }

            if (string.IsNullOrWhiteSpace(regel))
            {
                continue;
            }

            rijen.Add(SplitsRegel(regel));
        }

        return rijen;
    }

    // Names such as "Kunsten, Erfgoed & Cultuur" are quoted because they hold a comma; quotes never span lines here.
    static string[] SplitsRegel(string regel)
    {
        var velden = new List<string>();
        var huidig = new StringBuilder();
        var tussenAanhalingstekens = false;
        for (var i = 0; i < regel.Length; i++)
        {
            var teken = regel[i];
            if (tussenAanhalingstekens)
            {
                if (teken == '"' && i + 1 < regel.Length && regel[i + 1] == '"')
                {
                    huidig.Append('"');
                    i++;
                }
                else if (teken == '"')
                {
                    tussenAanhalingstekens = false;
                }
                else
                {
                    huidig.Append(teken);
                }
            }
            else if (teken == '"')
            {
                tussenAanhalingstekens = true;
            }
            else if (teken == ',')
            {
                velden.Add(huidig.ToString().Trim());
                huidig.Clear();
            }
            else
            {
                huidig.Append(teken);
            }
        }

        velden.Add(huidig.ToString().Trim());
        return [.. velden];
    }
}
