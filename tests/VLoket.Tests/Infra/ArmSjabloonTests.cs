using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VLoket.Tests.Infra;

/// <summary>
/// The security settings of the compiled template (infra/main.bicep → ARM JSON): storage by identity only, HTTPS and
/// TLS 1.2 everywhere, the app identity's roles, Key Vault in RBAC mode with the secrets referenced from it, and no
/// secret in any output.
/// </summary>
public sealed partial class ArmSjabloonTests(ArmSjabloon sjabloon) : IClassFixture<ArmSjabloon>
{
    const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    const string SecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    // Readable JSON text: expressions keep their quotes (the default encoder writes ' as \u0027).
    static readonly JsonSerializerOptions Leesbaar = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static string Tekst(JsonNode? node) => node?.ToJsonString(Leesbaar) ?? "";

    static T Waarde<T>(JsonNode? node, string pad)
    {
        Assert.True(node is not null, $"{pad} is missing.");
        return node.GetValue<T>();
    }

    /// <summary>The site's settings expression with the variables and functions of its template: where app settings live once compiled.</summary>
    string AppSettingsTekst()
    {
        var site = sjabloon.Enige("Microsoft.Web/sites");
        return Tekst(site.Properties!["siteConfig"]!["appSettings"]) + Tekst(site.Sjabloon["variables"]) + Tekst(site.Sjabloon["functions"]);
    }

    /// <summary>A module's parameter value as main.bicep passes it, e.g. the Function App name given to 'toegang'.</summary>
    string ModuleParameter(string module, string parameter) =>
        Waarde<string>(sjabloon.Hoofd["resources"]![module]?["properties"]?["parameters"]?[parameter]?["value"], $"{module}.{parameter}");

    [Fact]
    public void Opslag_alleen_met_identiteit_over_https_met_tls12()
    {
        var p = sjabloon.Enige("Microsoft.Storage/storageAccounts").Properties!;

        Assert.False(Waarde<bool>(p["allowSharedKeyAccess"], "allowSharedKeyAccess"));
        Assert.True(Waarde<bool>(p["supportsHttpsTrafficOnly"], "supportsHttpsTrafficOnly"));
        Assert.Equal("TLS1_2", Waarde<string>(p["minimumTlsVersion"], "minimumTlsVersion"));
        Assert.False(Waarde<bool>(p["allowBlobPublicAccess"], "allowBlobPublicAccess"));
    }

    [Fact]
    public void Function_app_op_flex_consumption_met_eigen_identiteit_https_en_tls12()
    {
        var plan = sjabloon.Enige("Microsoft.Web/serverfarms").Body;
        Assert.Equal("FC1", Waarde<string>(plan["sku"]?["name"], "plan sku.name"));
        Assert.Equal("FlexConsumption", Waarde<string>(plan["sku"]?["tier"], "plan sku.tier"));
        Assert.True(Waarde<bool>(plan["properties"]?["reserved"], "plan reserved"));

        var site = sjabloon.Enige("Microsoft.Web/sites");
        var p = site.Properties!;
        Assert.Equal("functionapp,linux", Waarde<string>(site.Body["kind"], "kind"));
        Assert.Equal("SystemAssigned", Waarde<string>(site.Body["identity"]?["type"], "identity.type"));
        Assert.True(Waarde<bool>(p["httpsOnly"], "httpsOnly"));
        Assert.Equal("1.2", Waarde<string>(p["siteConfig"]?["minTlsVersion"], "siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", Waarde<string>(p["siteConfig"]?["ftpsState"], "siteConfig.ftpsState"));
        var config = p["functionAppConfig"];
        Assert.Equal("dotnet-isolated", Waarde<string>(config?["runtime"]?["name"], "runtime.name"));
        Assert.Equal("10.0", Waarde<string>(config?["runtime"]?["version"], "runtime.version"));
        Assert.Equal("SystemAssignedIdentity", Waarde<string>(config?["deployment"]?["storage"]?["authentication"]?["type"], "deployment authentication"));
        Assert.All(sjabloon.VanType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            b => Assert.False(Waarde<bool>(b.Properties!["allow"], "basic publishing allow")));
        Assert.Equal(2, sjabloon.VanType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").Count);
    }

    [Theory]
    [InlineData(BlobDataOwner)]
    [InlineData(QueueDataContributor)]
    [InlineData(TableDataContributor)]
    public void De_identiteit_van_de_function_app_heeft_de_opslagrol(string rol)
    {
        var toewijzingen = sjabloon.VanType("Microsoft.Authorization/roleAssignments")
            .Where(r => Waarde<string>(r.Properties!["roleDefinitionId"], "roleDefinitionId").Contains(rol, StringComparison.OrdinalIgnoreCase))
            .ToList();

        var toewijzing = Assert.Single(toewijzingen);
        Assert.Contains("Microsoft.Storage/storageAccounts", Waarde<string>(toewijzing.Body["scope"], "scope"));
        IsDeIdentiteitVanDeFunctionApp(toewijzing);
    }

    [Fact]
    public void Sleutelkluis_in_rbac_modus_en_de_app_mag_geheimen_lezen()
    {
        var p = sjabloon.Enige("Microsoft.KeyVault/vaults").Properties!;
        Assert.True(Waarde<bool>(p["enableRbacAuthorization"], "enableRbacAuthorization"));
        Assert.True(Waarde<bool>(p["enableSoftDelete"], "enableSoftDelete"));
        Assert.True(p["accessPolicies"] is null or JsonArray { Count: 0 }, "A vault in RBAC mode has no access policies.");

        var lezen = Assert.Single(sjabloon.VanType("Microsoft.Authorization/roleAssignments"),
            r => Waarde<string>(r.Properties!["roleDefinitionId"], "roleDefinitionId").Contains(SecretsUser, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Microsoft.KeyVault/vaults", Waarde<string>(lezen.Body["scope"], "scope"));
        IsDeIdentiteitVanDeFunctionApp(lezen);
    }

    void IsDeIdentiteitVanDeFunctionApp(ArmResource toewijzing)
    {
        string principal = Waarde<string>(toewijzing.Properties!["principalId"], "principalId");
        Assert.Matches(@"^\[reference\(resourceId\('Microsoft\.Web/sites', parameters\('functionAppName'\)\), '[^']+', 'full'\)\.identity\.principalId\]$", principal);
        Assert.Equal("ServicePrincipal", Waarde<string>(toewijzing.Properties!["principalType"], "principalType"));
        // …and that site is the Function App main.bicep deploys, not some other one.
        Assert.Equal(ModuleParameter("functionApp", "name"), ModuleParameter("toegang", "functionAppName"));
    }

    [Fact]
    public void De_app_leest_opslag_via_service_uris_met_de_managed_identity()
    {
        var opslag = (sjabloon.Enige("Microsoft.Web/sites").Sjabloon["variables"]?["opslagInstellingen"] as JsonArray)?
            .ToDictionary(i => Waarde<string>(i?["name"], "name"), i => Waarde<string>(i?["value"], "value"));

        Assert.NotNull(opslag);
        Assert.Equal("managedidentity", opslag["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('storageEndpoints').blob]", opslag["AzureWebJobsStorage__blobServiceUri"]);
        Assert.Equal("[parameters('storageEndpoints').queue]", opslag["AzureWebJobsStorage__queueServiceUri"]);
        Assert.Equal("[parameters('storageEndpoints').table]", opslag["AzureWebJobsStorage__tableServiceUri"]);
        string settings = AppSettingsTekst();
        Assert.DoesNotContain("'AzureWebJobsStorage'", settings); // no connection string
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings); // Flex Consumption takes the runtime from functionAppConfig
    }

    [Theory]
    [InlineData("'VLoket__Geheimen__InszSleutel', 'value', __bicep.sleutelkluisVerwijzing(")]
    [InlineData("'VLoket__Geheimen__BevestigingsSleutel', 'value', __bicep.sleutelkluisVerwijzing(")]
    [InlineData("'VLoket__Geheimen__OndertekenSleutel', 'value', __bicep.sleutelkluisVerwijzing(")]
    [InlineData("'VLoket__Instanties__{0}__Geheim', lambdaVariables('i').ovoCode), 'value', __bicep.sleutelkluisVerwijzing(")]
    public void Geheimen_komen_als_verwijzing_uit_de_sleutelkluis(string instelling)
    {
        Assert.Contains(instelling, AppSettingsTekst());
        var functie = sjabloon.Enige("Microsoft.Web/sites").Sjabloon["functions"]![0]!["members"]!["sleutelkluisVerwijzing"]!;
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1})'", Waarde<string>(functie["output"]?["value"], "function output"));
    }

    [GeneratedRegex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunctie();

    [GeneratedRegex(@"password|secret|connectionstring|accountkey|instrumentationkey|sleutelwaarde", RegexOptions.IgnoreCase)]
    private static partial Regex GeheimeNaam();

    [Fact]
    public void Geen_geheim_in_een_uitvoer()
    {
        Assert.NotEmpty(sjabloon.Sjablonen);
        var fouten = new List<string>();
        foreach (var s in sjabloon.Sjablonen)
        {
            var geheimeParameters = (s["parameters"] as JsonObject ?? [])
                .Where(p => p.Value?["type"]?.GetValue<string>() is { } t && t.StartsWith("secure", StringComparison.OrdinalIgnoreCase))
                .Select(p => $"parameters('{p.Key}')").ToList();
            foreach (var (naam, uitvoer) in s["outputs"] as JsonObject ?? [])
            {
                string type = uitvoer?["type"]?.GetValue<string>() ?? "";
                string waarde = Tekst(uitvoer?["value"]) + Tekst(uitvoer?["copy"]);
                if (type.StartsWith("secure", StringComparison.OrdinalIgnoreCase)) fouten.Add($"{naam}: type {type}");
                if (ListFunctie().IsMatch(waarde)) fouten.Add($"{naam}: calls a list function ({waarde})");
                if (GeheimeNaam().IsMatch(naam) || GeheimeNaam().IsMatch(waarde)) fouten.Add($"{naam}: looks like a secret ({waarde})");
                fouten.AddRange(geheimeParameters.Where(p => waarde.Contains(p, StringComparison.Ordinal)).Select(p => $"{naam}: surfaces {p}"));
            }
        }

        Assert.True(fouten.Count == 0, string.Join("\n", fouten));
    }

    [Fact]
    public void Het_sjabloon_gebruikt_nergens_opslagsleutels()
    {
        string alles = Tekst(sjabloon.Hoofd);

        Assert.DoesNotMatch(ListFunctie(), alles);
        Assert.DoesNotContain("AccountKey", alles, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Static_web_app_standard_met_de_function_app_als_backend()
    {
        var site = sjabloon.Enige("Microsoft.Web/staticSites").Body;
        Assert.Equal("Standard", Waarde<string>(site["sku"]?["name"], "sku.name"));

        var backend = sjabloon.Enige("Microsoft.Web/staticSites/linkedBackends").Properties!;
        Assert.Equal("[resourceId('Microsoft.Web/sites', parameters('functionAppName'))]", Waarde<string>(backend["backendResourceId"], "backendResourceId"));
        Assert.Equal(ModuleParameter("functionApp", "name"), ModuleParameter("koppeling", "functionAppName"));
        Assert.Equal(ModuleParameter("staticWebApp", "name"), ModuleParameter("koppeling", "staticWebAppName"));
    }
}
