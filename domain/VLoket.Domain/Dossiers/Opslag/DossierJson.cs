using System.Text.Json;
using System.Text.Json.Serialization;
using VLoket.Domain.Dossiers.Model;

namespace VLoket.Domain.Dossiers.Opslag;

/// <summary>
/// The stored summary's JSON (<see cref="DossierRepository.SamenvattingKolom"/>), generated at build time: the list reads
/// one per dossier on every request. Same web conventions as <see cref="Storage.JsonEigenschappen"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DossierSamenvatting))]
public sealed partial class DossierJson : JsonSerializerContext;
