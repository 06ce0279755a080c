// Links the Function App to the Static Web App as its backend: /api/* on the static site goes to the Function App.
// A separate module because the app's settings need the static site's host name first (VLoket:PubliekeUrl).

@description('Name of the Static Web App.')
param staticWebAppName string

@description('Name of the Function App.')
param functionAppName string

@description('Region of the Function App.')
param functionAppLocation string

resource staticSite 'Microsoft.Web/staticSites@2025-03-01' existing = {
  name: staticWebAppName
}

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2025-03-01' = {
  parent: staticSite
  name: 'api'
  properties: {
    backendResourceId: site.id
    region: functionAppLocation
  }
}
