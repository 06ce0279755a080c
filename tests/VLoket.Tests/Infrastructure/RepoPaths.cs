namespace VLoket.Tests.Infrastructure;

/// <summary>Paths in the checkout, found from the test assembly's location.</summary>
public static class RepoPaths
{
    public static string Root => VLoket.Host.ProjectRoot.Find();

    /// <summary>Debug or Release: whatever this test assembly was built as, so the Functions output matches.</summary>
    public static string Configuration =>
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    public static string FunctionsMetadata =>
        Path.Combine(Root, "functions", "VLoket.Functions", "bin", Configuration, "net10.0", "functions.metadata");
}
