// The Function App on the Flex Consumption plan (FC1, .NET isolated 10) with a system-assigned identity. Every
// connection goes through that identity: storage by service URIs, secrets by Key Vault references. No keys in settings.

import { instantie, bronUrls, geheimNamen, mailServer } from '../types.bicep'

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App (also its host name).')
param name string

@description('Blob, queue and table endpoints of that account (each ends with a slash).')
param storageEndpoints {
  blob: string
  queue: string
  table: string
}

@description('URL of the blob container the plan deploys the app package from.')
param deploymentContainerUrl string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('URI of the Key Vault holding the secrets (ends with a slash).')
param vaultUri string

@description('Names of the loket\'s own secrets in that vault.')
param geheimen geheimNamen

@description('Agencies the loket submits applications to.')
param instanties instantie[]

@description('Base URLs of the external data sources.')
param bronnen bronUrls

@description('OpenID Connect authority whose sign-in tokens the loket accepts (VLoket:Aanmelden:Authority).')
param aanmeldAuthority string

@description('Expected audience of those tokens (VLoket:Aanmelden:Publiek).')
param aanmeldPubliek string

@description('The front end\'s client id at the authority (VLoket:Aanmelden:WebClientId); empty: the audience.')
param aanmeldWebClientId string

@description('Scopes the front end asks for (VLoket:Aanmelden:Scope).')
param aanmeldScope string

@description('The access token\'s INSZ claim (VLoket:Aanmelden:InszClaim).')
param aanmeldInszClaim string

@description('Base URL of the KBO data source (VLoket:Bronnen:Kbo:Url).')
param kboUrl string

@description('Public base URL of the loket, used in the callback address agencies get (VLoket:PubliekeUrl).')
param publiekeUrl string

@description('The mail server for notifications; its password is a Key Vault reference.')
param mail mailServer

@description('Most instances the plan may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('The Key Vault reference the Functions platform resolves with the app\'s identity.')
func sleutelkluisVerwijzing(vaultUri string, geheim string) string => '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${geheim})'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// The Functions host and the Durable extension read these (with credential=managedidentity) and so does the app's own
// StorageClients (functions/…/Configuratie/OpslagVerbinding.cs): one identity, one account, no shared key.
var opslagInstellingen = [
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__blobServiceUri', value: storageEndpoints.blob }
  { name: 'AzureWebJobsStorage__queueServiceUri', value: storageEndpoints.queue }
  { name: 'AzureWebJobsStorage__tableServiceUri', value: storageEndpoints.table }
]

var appInstellingen = [
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
  { name: 'VLoket__Aanmelden__Authority', value: aanmeldAuthority }
  { name: 'VLoket__Aanmelden__Publiek', value: aanmeldPubliek }
  { name: 'VLoket__Aanmelden__WebClientId', value: aanmeldWebClientId }
  { name: 'VLoket__Aanmelden__Scope', value: aanmeldScope }
  { name: 'VLoket__Aanmelden__InszClaim', value: aanmeldInszClaim }
  { name: 'VLoket__Bronnen__Kbo__Url', value: kboUrl }
  { name: 'VLoket__PubliekeUrl', value: publiekeUrl }
  { name: 'VLoket__Geheimen__InszSleutel', value: sleutelkluisVerwijzing(vaultUri, geheimen.inszSleutel) }
  { name: 'VLoket__Geheimen__BevestigingsSleutel', value: sleutelkluisVerwijzing(vaultUri, geheimen.bevestigingsSleutel) }
  { name: 'VLoket__Geheimen__OndertekenSleutel', value: sleutelkluisVerwijzing(vaultUri, geheimen.ondertekenSleutel) }
  // Notifications: links go to the front end; the mail server's password comes from Key Vault.
  { name: 'VLoket__Meldingen__LoketUrl', value: '${publiekeUrl}/' }
  { name: 'VLoket__Meldingen__Smtp__Host', value: mail.host }
  { name: 'VLoket__Meldingen__Smtp__Poort', value: string(mail.poort) }
  { name: 'VLoket__Meldingen__Smtp__Gebruiker', value: mail.?gebruiker ?? '' }
  { name: 'VLoket__Meldingen__Smtp__Wachtwoord', value: sleutelkluisVerwijzing(vaultUri, geheimen.mailWachtwoord) }
  { name: 'VLoket__Meldingen__Smtp__Tls', value: 'StartTls' }
  { name: 'VLoket__Meldingen__Afzender', value: mail.afzender }
]

var instantieInstellingen = flatten(map(instanties, i => concat(
  [
    { name: 'VLoket__Instanties__${i.ovoCode}__Naam', value: i.naam }
    { name: 'VLoket__Instanties__${i.ovoCode}__Url', value: i.url }
    { name: 'VLoket__Instanties__${i.ovoCode}__Modus', value: i.modus }
    { name: 'VLoket__Instanties__${i.ovoCode}__Geheim', value: sleutelkluisVerwijzing(vaultUri, 'Instantie-${i.ovoCode}-Geheim') }
  ],
  // A legal basis needs both its text and its fields; without both the agency receives no changes.
  empty(i.?rechtsgrond ?? '') || empty(i.?velden ?? '')
    ? []
    : [
        { name: 'VLoket__Instanties__${i.ovoCode}__Rechtsgrond', value: i.?rechtsgrond }
        { name: 'VLoket__Instanties__${i.ovoCode}__Velden', value: i.?velden }
      ]
)))

var bronInstellingen = map(
  filter(items(bronnen), b => !empty(b.value ?? '')),
  b => { name: 'VLoket__Bronnen__${b.key}__Url', value: b.value }
)

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(opslagInstellingen, appInstellingen, instantieInstellingen, bronInstellingen)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Publishing goes through Entra ID (azd, the Azure CLI); user-name/password publishing is off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the Function App.')
output name string = site.name

@description('Default host name of the Function App.')
output defaultHostName string = site.properties.defaultHostName
