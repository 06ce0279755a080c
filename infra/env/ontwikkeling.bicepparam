// Parameters of the 'ontwikkeling' environment, for a deployment without azd:
//   az deployment sub create --location westeurope --parameters infra/env/ontwikkeling.bicepparam
// The site-specific values come from the same environment variables azd uses (docs/deploy.md); none of them is a secret.
using '../main.bicep'

param environmentName = 'ontwikkeling'
param location = 'westeurope'
param staticWebAppLocation = 'westeurope'

param deployerPrincipalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param aanmeldAuthority = readEnvironmentVariable('VLOKET_AANMELD_AUTHORITY')
param aanmeldPubliek = readEnvironmentVariable('VLOKET_AANMELD_PUBLIEK')
param aanmeldWebClientId = readEnvironmentVariable('VLOKET_AANMELD_WEBCLIENT', '')
param aanmeldScope = readEnvironmentVariable('VLOKET_AANMELD_SCOPE', 'openid profile offline_access')
param aanmeldInszClaim = readEnvironmentVariable('VLOKET_AANMELD_INSZCLAIM', 'insz')
param kboUrl = readEnvironmentVariable('VLOKET_KBO_URL')
param mail = {
  host: readEnvironmentVariable('VLOKET_MAIL_SMTP_HOST', 'smtp.azurecomm.net')
  poort: 587
  gebruiker: readEnvironmentVariable('VLOKET_MAIL_SMTP_GEBRUIKER', '')
  afzender: readEnvironmentVariable('VLOKET_MAIL_AFZENDER', 'Verenigingsloket <noreply@verenigingsloket.vlaanderen.be>')
}
param bronnen = {
  bank: readEnvironmentVariable('VLOKET_BRON_BANK_URL', '')
  attesten: readEnvironmentVariable('VLOKET_BRON_ATTESTEN_URL', '')
  erkenningen: readEnvironmentVariable('VLOKET_BRON_ERKENNINGEN_URL', '')
}

// A small, cheap environment that can be removed and recreated: no purge protection, few instances.
param maximumInstanceCount = 10
param sleutelkluisPurgeProtection = false
