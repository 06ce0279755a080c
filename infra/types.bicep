// Shapes shared by main.bicep and its modules.

@export()
@description('An agency the loket submits applications to (VLoket:Instanties:{ovoCode}:…). Its callback secret lives in Key Vault, never here.')
type instantie = {
  @description('OVO code, e.g. OVO002949; also names the Key Vault secret Instantie-{ovoCode}-Geheim.')
  @minLength(9)
  @maxLength(9)
  ovoCode: string

  @description('Name shown to associations.')
  naam: string

  @description('Base URL of the agency\'s connector (docs/contracts/instantie-connector.openapi.json).')
  url: string

  @description('How the agency reports decisions.')
  modus: 'callback' | 'polling' | 'onmiddellijk'

  @description('Legal basis under which it receives changes of associations; with velden, or it receives none.')
  rechtsgrond: string?

  @description('Comma-separated fields that legal basis covers (e-mail, telefoon, website, sociale-media, adres, vertegenwoordigers, bankrekeningnummers).')
  velden: string?
}

@export()
@description('Base URLs of the external data sources (VLoket:Bronnen:{code}:Url); an empty or missing one leaves that source out.')
type bronUrls = {
  bank: string?
  attesten: string?
  erkenningen: string?
}

@export()
@description('Names of the Key Vault secrets the app reads, one per setting; the values are set outside the template.')
type geheimNamen = {
  inszSleutel: string
  bevestigingsSleutel: string
  ondertekenSleutel: string
  mailWachtwoord: string
}

@export()
@description('The mail server: an SMTP relay, or Azure Communication Services Email through its SMTP endpoint (smtp.azurecomm.net, port 587, an Entra app as user). Its password sits in Key Vault.')
type mailServer = {
  host: string
  poort: int
  gebruiker: string?
  afzender: string
}
