namespace VLoket.Host;

/// <summary>Finds the project's root folder (the one with VLoket.sln), where node_modules, web/ and .azurite live.</summary>
public static class ProjectRoot
{
    public static string Find(string? configured = null)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "VLoket.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            "The project root (with VLoket.sln) was not found; set VLoket:ProjectRoot.");
    }
}
