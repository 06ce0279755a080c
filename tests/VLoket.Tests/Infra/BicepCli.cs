using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Infra;

/// <summary>The outcome of one Bicep CLI run.</summary>
public sealed record BicepResultaat(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Diagnostics of level Error or Warning, as Bicep prints them: <c>file(line,col) : Warning rule: text</c>.</summary>
    public IReadOnlyList<string> Meldingen(bool ookStdout) =>
        (ookStdout ? Stderr + "\n" + Stdout : Stderr)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(r => BicepCli.Melding().IsMatch(r))
            .ToList();

    public override string ToString() => $"exit {ExitCode}\nstderr:\n{Stderr}\nstdout (start):\n{Stdout[..Math.Min(Stdout.Length, 2000)]}";
}

/// <summary>
/// The Bicep CLI from the NuGet package <c>Azure.Bicep.CommandLine.linux-x64</c>, which the test project restores with a
/// <c>PackageDownload</c> into the NuGet global packages folder (no network at test time, nothing to install).
/// </summary>
public static partial class BicepCli
{
    [GeneratedRegex(@"\)\s*:\s*(Error|Warning)\b")]
    internal static partial Regex Melding();

    static readonly Lazy<string> Pad = new(ZoekBicep);

    /// <summary>The infra/ folder of the checkout.</summary>
    public static string InfraMap => Path.Combine(RepoPaths.Root, "infra");

    /// <summary>Runs <c>bicep</c> with the arguments in infra/ and waits for it (at most five minutes: a 2-core CI machine may be busy).</summary>
    public static async Task<BicepResultaat> RunAsync(IEnumerable<string> argumenten, IReadOnlyDictionary<string, string>? omgeving = null)
    {
        var start = new ProcessStartInfo(Pad.Value)
        {
            WorkingDirectory = InfraMap,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in argumenten)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (naam, waarde) in omgeving ?? new Dictionary<string, string>())
        {
            start.Environment[naam] = waarde;
        }

        using var proces = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Pad.Value}.");
        var stdout = proces.StandardOutput.ReadToEndAsync();
        var stderr = proces.StandardError.ReadToEndAsync();
        using var limiet = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await proces.WaitForExitAsync(limiet.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', start.ArgumentList)} did not finish within five minutes.");
        }

        return new BicepResultaat(proces.ExitCode, await stdout, await stderr);
    }

    static string ZoekBicep()
    {
        var metadata = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        string versie = metadata["BicepVersie"] ?? throw new InvalidOperationException("The test project names no Bicep version.");
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException("The infra tests use Azure.Bicep.CommandLine.linux-x64: they run on Linux x64 (CI), not here.");
        }

        // Where restore put it: the folder MSBuild knew at build time, else NuGet's own rules for the global packages folder.
        var mappen = new[]
        {
            metadata.GetValueOrDefault("NuGetPackageRoot"),
            Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };
        foreach (string? map in mappen.Where(m => !string.IsNullOrWhiteSpace(m)))
        {
            string pad = Path.Combine(map!, "azure.bicep.commandline.linux-x64", versie, "tools", "bicep");
            if (File.Exists(pad))
            {
                MaakUitvoerbaar(pad);
                return pad;
            }
        }

        throw new FileNotFoundException(
            $"Bicep CLI {versie} not found in the NuGet global packages folder ({string.Join(", ", mappen.Where(m => !string.IsNullOrWhiteSpace(m)))}); " +
            "run 'dotnet restore tests/VLoket.Tests' (it downloads Azure.Bicep.CommandLine.linux-x64 with a PackageDownload).");
    }

    // NuGet does not always keep the execute bit when it extracts a package.
    [UnsupportedOSPlatform("windows")]
    static void MaakUitvoerbaar(string pad)
    {
        var uitvoer = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(pad);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(pad, mode | uitvoer);
        }
    }
}
