// The storage account behind AzureWebJobsStorage: the Functions host, the durable task hub (VLoket*) and the app's
// own tables and blobs. Reached by Entra identity only: shared keys are off, so no connection string exists to leak.

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the storage account (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Redundancy: ZRS keeps the task hub and the data through a zone outage.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param sku string

@description('Blob container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

resource account 'Microsoft.Storage/storageAccounts@2025-08-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // Flex Consumption without a virtual network reaches storage over its public endpoint; identity guards it.
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
        file: {
          enabled: true
          keyType: 'Account'
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2025-08-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-08-01' = {
  parent: blobs
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

@description('Name of the storage account.')
output name string = account.name

@description('Blob service endpoint (ends with a slash).')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Queue service endpoint (ends with a slash).')
output queueEndpoint string = account.properties.primaryEndpoints.queue

@description('Table service endpoint (ends with a slash).')
output tableEndpoint string = account.properties.primaryEndpoints.table

@description('URL of the deployment package container.')
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
