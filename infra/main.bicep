// VLoket in Azure: one resource group per environment with the Function App (Flex Consumption), its storage, monitoring,
// the Key Vault with the secrets and the Static Web App for web/. `azd up` deploys it; docs/deploy.md explains it.
targetScope = 'subscription'

import { instantie, bronUrls, geheimNamen, mailServer } from 'types.bicep'

@minLength(1)
@maxLength(20)
@description('Name of the environment (azd: AZURE_ENV_NAME), e.g. ontwikkeling, test or productie. Names the resource group, picks the agencies from instanties.json and the production safety switches.')
param environmentName string

@minLength(1)
@description('Azure region of every resource except the Static Web App.')
param location string

@description('Region of the Static Web App; only a few regions host them.')
@allowed([
  'westeurope'
  'eastus2'
  'centralus'
  'westus2'
  'eastasia'
])
param staticWebAppLocation string = 'westeurope'

@description('Object id of whoever deploys (azd fills in the signed-in user). Gets Key Vault Secrets Officer on the vault to set the secrets; empty: nobody.')
param deployerPrincipalId string = ''

@description('Kind of principal deployerPrincipalId is.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param deployerPrincipalType string = 'User'

@minLength(1)
@description('OpenID Connect authority (the Flemish ACM/IDM) whose sign-in tokens the loket accepts.')
param aanmeldAuthority string

@minLength(1)
@description('Audience of those tokens: the loket\'s client id at the authority.')
param aanmeldPubliek string

@description('The front end\'s own client id at the authority (a public client: authorization code with PKCE, no secret); empty: the same as aanmeldPubliek.')
param aanmeldWebClientId string = ''

@description('Scopes the front end asks the authority for; offline_access brings the refresh token it renews with.')
param aanmeldScope string = 'openid profile offline_access'

@description('The access token\'s claim that carries the person\'s INSZ, as the integration dossier with ACM names it.')
param aanmeldInszClaim string = 'insz'

@minLength(1)
@description('Base URL of the KBO data source.')
param kboUrl string

@description('The mail server for notifications (SMTP relay or ACS Email over SMTP); its password is the Key Vault secret MailWachtwoord.')
param mail mailServer

@description('Base URLs of the external data sources (bank, attesten, erkenningen); empty ones are left out.')
param bronnen bronUrls = {}

@description('Agencies the loket submits applications to. Default: this environment\'s list in instanties.json.')
param instanties instantie[] = loadJsonContent('instanties.json')[?environmentName] ?? []

@description('Most Function App instances the plan may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = environmentName == 'productie' ? 100 : 20

@description('Memory per Function App instance.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSku string = environmentName == 'productie' ? 'Standard_ZRS' : 'Standard_LRS'

@description('Key Vault purge protection; cannot be turned off once on. Off outside production so a test environment can be removed and recreated under the same name.')
param sleutelkluisPurgeProtection bool = environmentName == 'productie'

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = environmentName == 'productie' ? 90 : 30

var tags = {
  'azd-env-name': environmentName
  toepassing: 'vloket'
}

// One token per subscription, environment and region keeps global names (storage, vault, sites) unique and stable.
var token = toLower(uniqueString(subscription().id, environmentName, location))

// The Key Vault secrets the app's settings refer to; their values are set after provisioning (docs/deploy.md).
// Names are known before deployment (not taken from module outputs), so What-If can predict every resource.
var namen = {
  workspace: 'log-vloket-${token}'
  appInsights: 'appi-vloket-${token}'
  storage: 'stvloket${token}'
  sleutelkluis: 'kv-vloket-${token}'
  staticWebApp: 'stapp-vloket-${token}'
  plan: 'plan-vloket-${token}'
  functionApp: 'func-vloket-${token}'
}

var geheimen geheimNamen = {
  inszSleutel: 'InszSleutel'
  bevestigingsSleutel: 'BevestigingsSleutel'
  ondertekenSleutel: 'OndertekenSleutel'
  mailWachtwoord: 'MailWachtwoord'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-vloket-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    location: location
    tags: tags
    workspaceName: namen.workspace
    appInsightsName: namen.appInsights
    retentionInDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  scope: rg
  params: {
    location: location
    tags: tags
    name: namen.storage
    sku: storageSku
    deploymentContainerName: 'app-package'
  }
}

module sleutelkluis 'modules/sleutelkluis.bicep' = {
  scope: rg
  params: {
    location: location
    tags: tags
    name: namen.sleutelkluis
    purgeProtection: sleutelkluisPurgeProtection
    deployerPrincipalId: deployerPrincipalId
    deployerPrincipalType: deployerPrincipalType
  }
}

module staticWebApp 'modules/staticwebapp.bicep' = {
  scope: rg
  params: {
    location: staticWebAppLocation
    tags: tags
    name: namen.staticWebApp
  }
}

module functionApp 'modules/functionapp.bicep' = {
  scope: rg
  dependsOn: [
    monitoring
  ]
  params: {
    location: location
    tags: tags
    planName: namen.plan
    name: namen.functionApp
    storageEndpoints: {
      blob: storage.outputs.blobEndpoint
      queue: storage.outputs.queueEndpoint
      table: storage.outputs.tableEndpoint
    }
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsName: namen.appInsights
    vaultUri: sleutelkluis.outputs.vaultUri
    geheimen: geheimen
    instanties: instanties
    bronnen: bronnen
    aanmeldAuthority: aanmeldAuthority
    aanmeldPubliek: aanmeldPubliek
    aanmeldWebClientId: aanmeldWebClientId
    aanmeldScope: aanmeldScope
    aanmeldInszClaim: aanmeldInszClaim
    kboUrl: kboUrl
    // Agencies call back through the static site's /api, the address people use too.
    publiekeUrl: 'https://${staticWebApp.outputs.defaultHostname}'
    mail: mail
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module toegang 'modules/toegang.bicep' = {
  scope: rg
  dependsOn: [
    functionApp
    storage
    sleutelkluis
  ]
  params: {
    functionAppName: namen.functionApp
    storageAccountName: namen.storage
    keyVaultName: namen.sleutelkluis
  }
}

module koppeling 'modules/koppeling.bicep' = {
  scope: rg
  dependsOn: [
    functionApp
    staticWebApp
  ]
  params: {
    staticWebAppName: namen.staticWebApp
    functionAppName: namen.functionApp
    functionAppLocation: location
  }
}

// Names and addresses only: azd stores outputs in .azure/<env>/.env and the postprovision hook reads them.
@description('Region of the deployment.')
output AZURE_LOCATION string = location

@description('Resource group holding everything.')
output AZURE_RESOURCE_GROUP string = rg.name

@description('Function App that runs VLoket.Functions.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Storage account of the Functions host, the task hub and the app\'s data.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Key Vault holding the secrets.')
output AZURE_KEY_VAULT_NAME string = sleutelkluis.outputs.name

@description('Static Web App serving web/.')
output AZURE_STATIC_WEB_APP_NAME string = staticWebApp.outputs.name

@description('Address of the loket.')
output VLOKET_URL string = 'https://${staticWebApp.outputs.defaultHostname}'

@description('Names (not values) of the Key Vault secrets the app refers to, comma-separated; the postprovision hook creates missing ones.')
output VLOKET_GEHEIM_NAMEN string = join(
  concat(
    [geheimen.inszSleutel, geheimen.bevestigingsSleutel, geheimen.ondertekenSleutel, geheimen.mailWachtwoord],
    map(instanties, i => 'Instantie-${i.ovoCode}-Geheim')
  ),
  ','
)
