// The Key Vault holding the loket's own HMAC keys and the agencies' callback secrets. RBAC mode: access is a role
// assignment, visible and revocable like every other one; no access policies. The template creates no secret: the
// values never pass through a deployment (see docs/deploy.md, "Secrets").

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the vault (3-24 letters, digits and dashes).')
@minLength(3)
@maxLength(24)
param name string

@description('Purge protection: a deleted vault and its secrets stay recoverable for the retention period and cannot be purged early. Keep on in production; it cannot be turned off again.')
param purgeProtection bool

@description('Object id of whoever sets the secrets after provisioning (azd: the signed-in user). Empty: nobody gets write access here.')
param deployerPrincipalId string

@description('Kind of principal deployerPrincipalId is.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param deployerPrincipalType string

// Key Vault Secrets Officer: set and rotate secrets, not read keys or change access.
var secretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The service refuses false once it was true, so "off" is expressed by leaving it out.
    enablePurgeProtection: purgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      // The Functions platform resolves Key Vault references over the public endpoint (no virtual network here).
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, secretsOfficerRoleId)
  scope: vault
  properties: {
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRoleId)
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('URI of the vault (ends with a slash).')
output vaultUri string = vault.properties.vaultUri
