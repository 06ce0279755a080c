namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>Digit handling shared by the numbers with a mod-97 check (INSZ, KBO, IBAN).</summary>
internal static class Cijfers
{
    /// <summary>True for a non-empty span of ASCII digits only; <see cref="char.IsDigit(char)"/> would also let Arabic-Indic digits through.</summary>
    public static bool ZijnAlleCijfers(ReadOnlySpan<char> tekst) =>
        !tekst.IsEmpty && !tekst.ContainsAnyExceptInRange('0', '9');

    /// <summary>Remainder of a digit string of any length modulo 97, computed piecewise so long IBAN strings do not overflow.</summary>
    public static int Mod97(ReadOnlySpan<char> cijfers)
    {
        var rest = 0;
        foreach (var teken in cijfers)
        {
            rest = ((rest * 10) + (teken - '0')) % 97;
        }

        return rest;
    }

    /// <summary>Removes the separators people type for readability; anything else stays, so it can still be rejected.</summary>
    public static string ZonderScheidingstekens(string tekst, ReadOnlySpan<char> scheidingstekens)
    {
        var builder = new System.Text.StringBuilder(tekst.Length);
        foreach (var teken in tekst)
        {
            if (!char.IsWhiteSpace(teken) && !scheidingstekens.Contains(teken))
            {
                builder.Append(teken);
            }
        }

        return builder.ToString();
    }
}
