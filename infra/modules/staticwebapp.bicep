// The Static Web App that serves web/. Standard: only that tier can link a Function App as its /api backend.

@description('Region of the Static Web App (a limited set of regions hosts them).')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the Static Web App.')
param name string

resource staticSite 'Microsoft.Web/staticSites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    // azd deploys web/ from the command line, not from a repository build.
    provider: 'None'
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
    publicNetworkAccess: 'Enabled'
  }
}

@description('Name of the Static Web App.')
output name string = staticSite.name

@description('Default host name of the Static Web App.')
output defaultHostname string = staticSite.properties.defaultHostname
