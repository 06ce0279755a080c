namespace VLoket.Domain;

/// <summary>Builds the JSON path of a field for error messages; an empty parent means the request body itself.</summary>
public static class Veldpad
{
    public static string Onder(string ouder, string eigenschap) =>
        string.IsNullOrEmpty(ouder) ? eigenschap : $"{ouder}.{eigenschap}";
}
