// What the Function App's identity may do: the three storage roles the Functions host and the Durable Functions Azure
// Storage provider need (blobs for leases and packages, queues for work items, tables for history and instances; the
// app's own tables and documents use the same roles), and reading secrets for the Key Vault references.

@description('Name of the Function App whose system-assigned identity gets the roles.')
param functionAppName string

@description('Name of the storage account behind AzureWebJobsStorage.')
param storageAccountName string

@description('Name of the Key Vault holding the secrets.')
param keyVaultName string

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {
  name: keyVaultName
}

// One resource per role, with the role definition id written out, so a reviewer (and InfraTests) sees exactly what is granted.
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: storage
  properties: {
    description: 'Storage Blob Data Owner for ${functionAppName}: task hub leases and large messages, deployment packages, documents'
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  }
}

resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: storage
  properties: {
    description: 'Storage Queue Data Contributor for ${functionAppName}: task hub control and work-item queues'
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, site.id, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storage
  properties: {
    description: 'Storage Table Data Contributor for ${functionAppName}: task hub history and instances, the app\'s tables'
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  }
}

// Key Vault Secrets User: read secret values (for the Key Vault references), nothing else.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    description: 'Key Vault Secrets User for ${functionAppName}'
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
  }
}
