"""Language data for 'es': cue words and patterns only, no mechanisms."""

from __future__ import annotations

# --- extraction cues (graph/extract/pipeline.py) ---------------------------------
ENTRY_CUES = (
    "desembarc", "lleg", "entra", "entrad", "lanz", "expan", "abr", "abiert", "inaugur",
    "tienda", "establecimiento", "local", "venta", "vend", "comenzó a vender",
    "disponible", "ofrec", "presencia", "estreno", "mercado", "filial", "oper", "desembarco",
    "aterriz", "implant", "salas de exposición", "comercializ", "invert", "inversión",
    "debut", "pone un pie", "puso un pie", "pondrá un pie", "poner un pie", "reabr",
    # ya en el mercado ("presente" solo no: "el presente ejercicio")
    "está presente", "están presentes",
)
EXIT_CUES = (
    "se retira", "retir", "abandon", "cierr", "cerr", "sale del", "salida", "suspend",
    "sale de", "salió de", "saldrá de", "saldrán de", "salieron de",
    "deja de vender", "dejó", "salir",
    # dejar de operar, de vender, de ofrecer: en cualquier tiempo
    "deja de", "dejan de", "dejará de", "dejarán de", "dejar de", "ha dejado de", "dejaron de",
    "cesa", "cesan", "cesó", "cesaron", "cesado", "cesará", "cese",
)
# los cierres de bolsa no son salidas ("las acciones cerraron con una caída")
# vender el negocio que tiene en un mercado es salir de él ("venderá su negocio en Rusia")
DIVEST_RE = r"\b(?:vend\w*|traspas\w*|(?:desprend|deshiz|deshac)\w*(?:\s+[\w-]+){0,3}?\s+de)\s+(?:(?:una|la|su)\s+participación\s+(?:mayoritaria|de\s+control)\s+(?:en|de)\s+)?(?:su|sus)\s+(?:(?!(?:en|a|al|de|del|por|para|con|y|o)\b)[\w-]+\s+){0,2}?(?:negocio|negocios|filial|división|operaciones|tiendas)\b(?:\s+(?!(?:en|de|del|a|al|por|para|con|y)\b)[a-záéíóúñ]+\b)?(?:\s+en\s+(?:el\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\w-]*)?"
UNIT_NOUNS = ("negocio", "filial", "división", "operaciones")
# una lista tras estas palabras nombra los dos extremos de una ruta ("vuelos entre España y Cuba")
BETWEEN_WORDS = ("entre",)
# el artículo femenino (la empresa) y el gentilicio ante el nombre de una empresa: "la sueca Saab",
# "la estadounidense Remitly"; "el ruso Mijail Fridman" es una persona
PLACE_BEFORE_NAME_RE = r"\b(?i:la|las)\s+[^\W\d_]+$"
POSSESSIVES = ("su", "sus")
# el cierre de un ejercicio no es una salida ("cerró el ejercicio con 443 tiendas")
EXIT_NOT = r"\bcerr(?:ó|aron|ará|aba|ado)\s+(?:(?:el|su|sus|este|ese|su\s+último)\s+)?(?:(?:pasado|último|primer|segundo|tercer|cuarto)\s+)?(?:ejercicio|año(?!\s+(?:pasado|anterior)\b(?!\s+con\b))|trimestre|semestre|periodo|período|curso|(?:19|20)\d\d)\b|\bcierre\s+(?:del|de)\s+(?:(?:su|este)\s+)?(?:ejercicio|año|trimestre|semestre|periodo|período|(?:19|20)\d\d)\b|\b(?:acciones|acción|índice|bolsa|títulos?|cotización)\b[^.;]{0,60}?\bcerr(?:ó|aron|aba|ará)\b|\bcerr(?:ó|aron)[ ](?:con|en|al)[ ](?:una[ ])?(?:subida|caída|alza|baja)\b"
RUMOR_CUES = (
    "rumor", "especul", "según fuentes", "supuestamente", "podría", "no quiso comentar",
    "declinó comentar", "no confirm", "se espera que", "fuentes cercanas",
    "fuentes familiarizadas", "personas familiarizadas", "personas conocedoras",
    "fuentes conocedoras", "según medios",
    # fuentes sin nombre y el condicional de lo no confirmado: "citando fuentes del sector",
    # "estaría estudiando", "según publicó el diario"
    "citando fuentes", "fuentes del sector", "estaría", "estarían", "según publicó",
)
# un rumor que la frase da por terminado ("tras años de rumores") no cuenta
RUMOR_OVER = r"\b(?:tras|después de|pone fin a|puso fin a|acaba con|confirm\w*)\b[^.;]{0,60}?\b(?:rumor\w*|especulaci\w*)"
# seguir haciendo: ya presente, aunque el verbo vaya en futuro
# un verbo modal hace de la frase algo no hecho: "podría estar disponible"
MODAL_CUES = ("podría", "podrían", "debería", "deberían", "sería", "serían")
# ya presente: "ya vende sus coches en Chile" ("ya que" es "porque")
ALREADY_CUES = ("ya",)
ALREADY_NOT = r"\bya\s+que\b"
CONTINUE_CUES = ("seguirá", "seguirán", "sigue", "siguen", "continuará", "continuarán", "continúa", "continúan", "mantendrá", "mantiene")
# una palabra que remite al mercado nombrado antes ("abrirá allí 25 tiendas")
THERE_WORDS = r"\b(?:allí|allá|ahí|en\s+el\s+país)\b"
# el futuro de cualquier verbo: "venderá", "comercializarán", "será"
FUTURE_TENSE = r"\b\w+(?:ará|erá|irá|arán|erán|irán)\b"
PLAN_CUES = (
    # "plan" como palabra, no en "planta" ni "planeta"
    "prevé", "previst", "planea", "plan ", "planes", "quiere", "pretende", "abrirá", "llegará",
    "lanzará",
    "empezará", "comenzará", "próximo", "próxima", "futuro", "a partir de", "hasta que",
    "objetivo", "intención", "anunci", "prepara", "podrá", "tendrá",
    # una autorización o licencia: aún sin abrir
    "autorización", "autorizó", "aprobación", "aprobó", "licencia", "permiso",
    # sopesarlo: "estudia la posibilidad de abrir una planta en el país"
    "estudia", "evalúa", "analiza la", "contempla", "posibilidad de",
)
# "plan" que nombra una tarifa, no una intención: "su plan básico con anuncios ya está
# disponible en España"
PLAN_NOT = r"\bplan(?:es)?\s+(?:básicos?|estándar|premium|familiar(?:es)?|anual(?:es)?|mensual(?:es)?|gratuitos?|de\s+(?:datos|suscripción|pago)|con\s+anuncios|sin\s+anuncios)\b|\bnuevo\s+plan\b(?!\s+(?:de|para)\b)"
# un plan contado en estilo indirecto: "dijo que abriría tiendas en México"
REPORTED_PLAN_CUES = (
    "abriría", "lanzaría", "llegaría", "entraría", "empezaría", "comenzaría", "desembarcaría",
    "vendería", "ampliaría", "expandiría",
)
# una cláusula con estas palabras niega el paso ("no abrirá tiendas en Portugal");
# NEGATION_NOT no lo niega ("no solo", "todavía no", "ya no")
NEGATIONS = ("no", "nunca", "jamás", "descarta", "descartó", "descartado", "niega", "negó", "sin planes")
NEGATION_NOT = r"\bno (?:solo|sólo|solamente|obstante|descarta\w*|excluye\w*)\b|\b(?:todavía|aún|ya) no\b"
CLAUSE_BREAKS = ("pero", "sino", "mientras", "aunque")
LAUNCH_CUES = (
    "inauguró", "abrió", "lanzó", "desembarca", "ya tiene", "ya vende", "comenzó", "llegó",
    "desde", "ya", "está disponible", "estrenó", "ha abierto", "ha llegado", "a la venta",
    # presente de noticia: "Aldi abre en Italia" (una fecha futura o un verbo modal lo hace plan)
    "abre", "llega", "inaugura", "lanza", "aterriza",
    # estar ya en el mercado: "vende sus coches en Chile", "opera en México"
    "vende su", "vende sus", "vende en", "venden su", "venden sus", "venden en",
    "comercializa su", "comercializa sus", "comercializa en", "opera en", "operan en",
    "cuenta con", "está presente", "tiene presencia", "ha iniciado", "inició",
    "ha lanzado", "han lanzado", "ha inaugurado", "han inaugurado", "ha desembarcado",
    "ha comenzado", "han abierto", "entró", "entraron", "ha entrado", "han entrado",
    "desembarcó", "aterrizó", "inicia", "se expande", "se expandió", "hace su debut",
    "opera ", "operan ",
    "hizo su debut", "pone un pie", "puso un pie", "vuelve a abrir", "volvió a abrir", "reabre",
    "reabrió",
)
# cifras que parecen señales de entrada: "beneficio operativo", "resultado operativo"
ENTRY_NOT = r"\b(?:beneficios?|resultados?|márgen(?:es)?|margen|pérdidas?|flujo)\s+operativ[oa]s?\b|\boperaciones\s+financieras\b"
# ampliar o extender su oferta a un mercado es entrar en él ("amplía su servicio a Austria";
# no "amplió su capital", "extendió el plazo")
ENTRY_RE = (
    # volver a un mercado: "regresa a Turquía", "vuelve a Chile" (no "vuelve a abrir")
    r"\b(?:regres|vuelv|volv)\w*\s+(?:a|al)\s+(?-i:[A-ZÁÉÍÓÚÑ])|"
    r"\b(?:amplí|ampli|extend|extiend)\w*\s+(?:su|sus)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:servicio|oferta|negocio|operaci[oó]n|presencia|red|plataforma|marketplace|cobertura"
    r"|actividad|expansión)\w*(?:\s+[\w-]+){0,3}?\s+(?:a|al|hasta|en)\b"
)
# words that put a named product on a market
PRODUCT_CUES = ("reservar", "admite reservas", "reservas abiertas", "preventa", "pedidos", "presentó", "presenta", "trae", "trajo", "llegarán", "llegará", "seguirán", "lanzamiento", "disponible", "estrena", "a la venta", "precio", "cuesta")
# words that make a named store the company's own channel ("eigene Mi Stores")
OWN_CUES = ("propias", "propios", "propia", "propio", "sus")
# palabras ante el nombre de un proveedor: "con tecnología de Ericsson, la operadora..."
SUPPLIER_CUES = (
    "tecnología de", "equipos de", "componentes de", "chips de", "software de",
    "hardware de", "suministrados por", "suministrado por",
)
# words before a place that say where something comes from, not where it goes
PLACE_ARTICLES = ("el", "la", "los")  # ante algunos países: "desde el Reino Unido"
ORIGIN_PREPOSITIONS = (
    "desde", "procedente de", "procedentes de", "con sede en", "importado de", "importados de",
    "importada de", "importadas de", "fabricado en", "fabricados en",
)
# words near a city that make it the place of an opening ("first store in Mumbai")
CITY_ENTRY_CUES = ("tienda", "local", "establecimiento", "sucursal", "oficina", "abrir", "abrirá", "inaugur", "showroom", "estreno", "desembarc", "fábrica", "planta", "ampliar", "ampliará", "amplía", "amplió", "expande", "expandirá", "expandió")
GATEWAY_CUES = ("puerta de entrada", "trampolín", "cabeza de puente", "primer paso", "vía")
HOME_CUES = ("país de origen", "mercado doméstico", "mercado local", "sede")
# vender a través de una tienda ajena: "a través de la plataforma Mercado Libre"
THROUGH_CUES = (
    "a través de", "mediante", "vía", "en la plataforma", "en el portal", "de la mano de",
    "la plataforma", "el marketplace",
    "en alianza con", "en colaboración con", "en asociación con",
)
THROUGH_RIGHT_BEFORE = ("en",)  # justo antes de la tienda: "venderá en Mercado Libre"
# una tienda tras estas palabras es quien compra, no el canal ("venderá diez aviones a la
# aerolínea Air Europa"; "a través de" sí es un canal)
BUYER_RE = r"\b(?:vend\w*)\b[^.;:]{0,80}?\ba\s+(?:(?:la|el|los|las)\s+)?(?:(?!(?:de|del|para)\b)[\w-]+\s+){0,2}$"
# los productos de un fabricante tras un sustantivo de producto: "venderá dos modelos de Oppo y uno de Vivo"
MAKER_PREPOSITIONS = ("de",)
SELL_CUES = (
    "vend", "venta", "disponible", "ofrec", "distribu", "a través de", "socio", "tienda",
    "comercializ", "de la mano de", "en alianza con", "en colaboración con",
)
ONLINE_CUES = ("online", "en línea", "web", "internet", "comercio electrónico", "plataforma", "marketplace")
OFFLINE_CUES = ("tienda", "tiendas", "establecimiento", "local", "hipermercado", "supermercado", "sucursal")
SPEECH_VERBS = (
    "dijo", "afirmó", "aseguró", "explicó", "señaló", "declaró", "indicó", "comentó",
    "anunció", "según", "celebró", "pidió", "se quejó", "advirtió", "destacó", "subrayó",
    "manifestó", "sostuvo", "añadió", "reconoció", "habló", "hablar de", "prometió", "adelantó",
    "insistió", "reiteró", "confirmó", "admitió", "apuntó", "recordó", "precisó", "detalló", "dice",
    "afirma", "asegura", "explica", "declara", "considera", "cree", "informó", "informa",
    "comunicó", "avanzó",
)
# gobiernos como organizaciones: "Gobierno del estado de Maharashtra", "Gobierno indio"
GOVERNMENT_RE = r"\b(?P<head>[Gg]obierno)(?:[ ](?:del estado de|de la|de los|del|de)[ ](?P<of>(?:[A-ZÁÉÍÓÚÑ][\w\-]+[ ]?)+)|[ ](?P<adj>[a-záéíóúñ]+))"
GOVERNMENT_ROLES = ("ministro", "ministra", "primer ministro", "jefe del Gobierno", "presidente del Gobierno", "alcalde", "alcaldesa", "gobernador", "gobernadora", "secretario de Estado")
# next to a country ("French President", "Russlands Energieminister"), an office of state
STATE_TITLES = ("presidente", "presidenta", "vicepresidente", "vicepresidenta", "líder", "primer ministro", "ministro", "ministra")
# "X, quien dirige el negocio de Y": el cargo es la frase tras el pronombre
RELATIVE_PRONOUNS = ("quien", "que")
# "X, quien dirige Y": el cargo de quien lo hace
ROLE_VERBS = {"dirige": "director", "dirigía": "director", "preside": "presidente", "presidía": "presidente"}
ROLE_OF = "de"
CONTRACTIONS = {"de el": "del", "a el": "al"}
RELATIVE_COPULAS = ("es", "era", "fue", "ha sido", "será")
ROLE_HEADS = (
    "consejero delegado", "consejera delegada", "director", "directora", "presidente",
    "presidenta", "vicepresidente", "vicepresidenta", "jefe", "jefa", "gerente", "portavoz",
    "fundador", "fundadora", "cofundador", "cofundadora", "ministro", "ministra", "responsable", "analista", "CEO",
    "directivo", "directiva", "secretario", "secretaria", "alcalde", "alcaldesa",
    "dueño", "dueña", "propietario", "propietaria", "socio fundador", "socia fundadora",
)
# roles en plural ante un nombre: una firma ("los analistas de IDC", "la consultora Kantar")
GROUP_NOUNS = ("analistas", "consultores", "consultora", "investigadores")
ROLE_ORG_PREPOSITIONS = ("de", "del", "en")
# tras "Nombre," abren un complemento, no un cargo ("X, en una conferencia con analistas")
ADVERBIAL_OPENERS = ("en", "durante", "con", "tras", "ante", "según", "desde", "sin", "por")
# un país tras estas palabras es un escenario, no un mercado ("la invasión de Ucrania")
EVENT_NOUNS = ("invasión", "guerra", "crisis", "elecciones", "conflicto", "terremoto", "tsunami", "inundaciones", "atentado", "golpe",
    # una feria es un escenario, no un mercado ("en el MWC de Barcelona")
    "feria", "salón", "congreso", "exposición", "presidencia")
# recortes de empleo: una frase sobre ellos no cuenta una entrada en un mercado (una salida quizá)
JOB_CUTS_RE = r"\bdespid|\bERE\b|\brecortes?\s+de\s+(?:empleo|plantilla|personal)|\b(?:empleos|puestos\s+de\s+trabajo|trabajadores)\b[^.;]{0,50}?\b(?:recort|elimin|suprim|perder|perderán)|\b(?:recort|elimin|suprim)\w*\s+(?:(?:unos|cerca\s+de|más\s+de)\s+)?[\d.,]+(?:\s+mil)?\s+(?:empleos|puestos|trabajadores)"
# un nombre o adjetivo de país antes o después de estas palabras nombra un mar, no un mercado
SEA_WORDS = ("océano", "mar", "golfo", "bahía", "estrecho")
# una frase sin nombre de empresa trata de la del artículo si se refiere a una así
SUBJECT_PRONOUNS = ()  # el sujeto se omite: decide la frase anterior
OUR_PRONOUNS = ("nosotros", "nuestro", "nuestra", "nuestros", "nuestras")
OWN_DETERMINERS = ("la", "el", "del", "al", "de la", "su", "esta", "este")  # before a company noun: one company
# ante el nombre del dueño de una marca: "propiedad de Associated British Foods"
# tras ellas la frase nombra lo que es de otro ("dueño de Zara"): no quien actúa
OWNER_OF_CUES = ("dueño de", "dueña de", "propietario de", "propietaria de", "matriz de")
PARENT_CUES = ("propiedad de", "dueño", "dueña", "matriz", "grupo propietario", "filial de")
# una comparación nombra una referencia, no el mercado del que se habla ("más grandes que
# sus tiendas en Europa"); "más de 500 tiendas" solo compara un número
COMPARISON_RE = r"\b(?:más|menos|mayor|mayores|menor|menores|mejor|mejores|peor|peores)\b[^,;.]{0,40}?\bque\s+(?!\d)"
ORG_ANAPHORA = ("empresa", "compañía", "grupo", "fabricante", "marca", "firma", "cadena", "gigante", "plataforma")
# tras el nombre de una persona abren un inciso sobre ella ("X, cuyo equipo …, dijo")
ASIDE_PRONOUNS = ("quien", "que", "cuyo", "cuya")
# tras un nombre abren una oración de relativo sobre él ("MediaMarkt, que los venderá …")
WHICH_PRONOUNS = ("que", "la cual", "el cual")
WHERE_PRONOUNS = ("donde", "en el que", "en la que", "en los que", "en las que", "en el cual", "en la cual")
ROLE_ARTICLES = ("el", "la", "un", "una")  # ante un cargo: "el consejero delegado"
# el ámbito de un cargo, tras la empresa: "directora de Spotify para el sur de Europa"
ROLE_SCOPE_WORDS = ("para",)
# "Mercadona, presidida por Juan Roig": el participio nombra el cargo
ROLE_PARTICIPLES = {
    "presidida por": "presidente", "presidido por": "presidente", "dirigida por": "director",
    "dirigido por": "director", "fundada por": "fundador", "fundado por": "fundador",
    "cofundada por": "cofundador", "cofundado por": "cofundador",
}
DEMONSTRATIVES = ("este", "esta", "estos", "estas")  # "a este diario": el medio que escribe
# el adjetivo va tras el sustantivo: "el grupo emiratí Daher", "la cadena francesa Carrefour"
ADJECTIVES_AFTER_NOUNS = True
ORG_DESCRIPTORS = {
    "filial": "company", "rival": "company", "competidor": "company", "startup": "company",
    "minoristas": "retailer", "minorista": "retailer", "cadena": "retailer", "cadenas": "retailer",
    "supermercados": "retailer", "grandes almacenes": "retailer", "operador": "carrier",
    "operadores": "carrier", "operadora": "carrier", "fabricante": "company",
    "fabricantes": "company", "empresa": "company", "compañía": "company", "grupo": "company",
    "banco": "company", "aerolínea": "company", "consultora": "company",
    "concesionario": "retailer", "concesionarios": "retailer", "distribuidor": "company",
    "distribuidores": "company", "licenciatario": "company", "franquiciado": "company",
    "agencia": "media", "diario": "media", "periódico": "media", "revista": "media",
    "cadena de televisión": "media", "regulador": "other", "ministerio": "other",
    "gobierno": "other", "asociación": "other", "universidad": "other",
    # fondos, cooperativas, aseguradoras y otras entidades por su nombre común
    "fondo": "company", "fondos": "company", "fondo de inversión": "company",
    "fondos de inversión": "company", "gestora": "company", "cooperativa": "company",
    "aseguradora": "company", "constructora": "company", "eléctrica": "company",
    "petrolera": "company", "farmacéutica": "company", "cervecera": "company",
    "tecnológica": "company", "multinacional": "company", "firma": "company",
    "marca": "company", "marcas": "company", "consorcio": "company", "editorial": "media",
    "portal": "media", "web": "media", "sindicato": "other", "patronal": "other",
    "fundación": "other", "partido": "other",
}
# un ranking, luego el lugar desde el que cuenta: "su mayor mercado después de Brasil"
RANKED_AFTER_BEFORE_PLACE = (
    r"\b(?:mayor|más grande|más importante|principal|segundo|tercer)\b[^;.]{0,60}?"
    r"\b(?:después de|detrás de|por detrás de|tras|fuera de)\s+(?:(?:el|la|los|las)\s+)?"
)
# tras un nombre, una aposición cuyo núcleo es uno de estos sustantivos o un descriptor
# lo hace nombre de una organización: "Baoshan, el mayor fabricante de acero de China,"
APPOSITION_NOUNS = {
    "proveedor": "company", "proveedora": "company", "productor": "company",
    "productora": "company", "gigante": "company", "subsidiaria": "company",
    "división": "company", "unidad": "company", "marca": "company", "firma": "company",
}
# lo que puede seguir al núcleo, y lo que no puede ir entre el artículo y él ("un
# analista de la consultora")
APPOSITION_AFTER = ("de", "del", "con", "que", "en")
APPOSITION_TAIL = r"(?:[ ][a-záéíóúñü]+)?"  # un adjetivo tras el núcleo: "el grupo chino"
APPOSITION_NOT_BETWEEN = (
    "el", "la", "los", "las", "un", "una", "de", "del", "en", "con", "por", "para", "y", "o",
    "a", "al", "que", "quien", "dijo", "según",
    # de una persona: "María López, una antigua directiva de la empresa"
    "ex", "antiguo", "antigua", "veterano", "veterana", "jefe", "jefa",
)
# adverbios ante una coma, no nombres ("Además, la cadena francesa …", "Finalmente, …")
ADVERB_ENDINGS = ("mente",)
SENTENCE_ADVERBS = frozenset({
    "además", "asimismo", "entretanto", "mientras", "ahora", "hoy", "ayer", "luego",
    "después", "antes", "también", "todavía", "aun", "aún", "así", "incluso",
})
# un producto tras una de estas palabras en su oración es de un rival
RIVAL_WORDS = ("rival", "competidor", "competencia de", "competir con")
LIST_CUES = ("como", "entre ellos", "entre ellas", "incluidos", "incluidas")
LIST_CONJUNCTIONS = ("y", "e", "o")
DEFINITE_ARTICLES = ("el", "la", "los", "las")
# abren una aposición sobre el nombre anterior ("Temu, propiedad de PDD, lanzó")
APPOSITION_PARTICIPLES = ("propiedad de", "controlada por", "controlado por", "respaldada por", "filial de", "parte de")
COMPLEMENTISERS = ("que",)  # "dijo que …": lo que sigue se informa
REPORT_CUES = ("según", "informó", "publicó", "citado")
# palabras de un origen, donde el mercado de origen cuenta como entrada
ORIGIN_CUES = r"\bhace (?:\d+|dos|tres|cuatro|cinco|diez|veinte) años\b|\bfundad[ao]\b"
# quien habla de esto habla de los planes de una empresa para el mercado nombrado
PLANS_FOR = ("planes para", "planes en", "planes de expansión")
# quien llama así a un mercado habla de los planes de la empresa allí: "México es un
# mercado clave para nosotros"
MARKET_VIEWS = (
    "mercado clave", "mercados clave", "mercado estratégico", "mercado prioritario",
    "mercado importante", "mercado más importante", "mercado para nosotros", "potencial en",
    "oportunidad en", "oportunidades en", "clave para nosotros",
    "prioridad para nosotros",
)
# crecer o centrarse en un mercado (nombrado justo después) es un plan para él:
# "nos centraremos en Francia"
AIM_CUES = (
    "crecer en", "centrarnos en", "centrarse en", "nos centraremos en", "se centrará en",
    "se centra en", "nos centramos en", "apostar por", "apuesta por",
)
# comprar una empresa en un mercado es entrar en él: hecho, o acordado y por cerrar
ACQUISITION_DONE = ("adquirió", "compró", "ha adquirido", "ha comprado")
ACQUISITION_PLAN = ("adquirir", "comprar", "adquirirá", "comprará", "adquisición de", "compra de", "oferta por")
# una frase posterior sobre el cierre fecha una compra acordada (palabras enteras)
DEAL_NOUNS = ("operación", "compra", "adquisición", "transacción", "fusión", "acuerdo")
DEAL_CLOSING = ("cierre", "cerrar", "cerrará", "complet", "culmin")  # stems
PASSIVE_AUX = ("fue", "fueron", "sido", "será", "serán")
# un nombre tras estos verbos, antes de un lugar, es el producto lanzado allí
LAUNCH_VERBS = ("lanza", "lanzan", "lanzará", "lanzarán", "lanzó", "presenta", "presentará", "presentó", "estrena", "estrenará", "estrenó", "introduce", "introducirá", "introdujo", "comenzará a vender", "empezará a vender", "comenzó a vender", "empezó a vender")
PRODUCT_LIST_NOUNS = ("modelos", "tarifas", "productos", "servicios", "dispositivos")
# el nombre va tras el sustantivo, en minúscula: "el modelo Dolphin", "la aplicación Mi Home"
PRODUCT_NAME_AFTER_NOUN = True
# palabras que ante un número no nombran un producto: "Artículo 155", "Versión 7.0"
NOT_MODEL_WORDS = (
    "Artículo", "Versión", "Capítulo", "Página", "Parte", "Fase", "Etapa", "Nivel", "Ronda",
    "Temporada", "Episodio", "Clase", "Tipo", "Plan", "Grupo", "Puerta", "Terminal", "Vuelo",
    "Ruta", "Número", "Top",
    # una cantidad, no un modelo: "Unos 700 trabajan allí"; una guerra no es un producto
    "Unos", "Unas", "Cerca", "Casi", "Más", "Sólo", "Solo", "Otros", "Otras", "Apenas",
    "Guerra",
    # un precio: "desde Rs 500", "por USD 99"
    "Rs", "Euros", "Dólares", "Yenes", "Yuanes", "Pesos", "Reales", "Soles", "USD", "EUR",
    "MXN", "ARS", "CLP", "COP", "PEN", "BRL",
)
# un nombre ante estas llega a un mercado ("el Galaxy Fold llega a España")
ARRIVAL_PREDICATES = (
    "llega a", "llegará a", "llegó a", "llegan a", "llegarán a", "llegue a", "desembarca en", "desembarcará en",
    "aterriza en", "aterrizará en", "se lanza en", "se lanzará en", "se lanzó en", "sale a la venta", "saldrá a la venta",
    "salió a la venta", "se venderá en", "se vende en", "estará disponible", "está disponible", "se estrena en",
    "se estrenará en", "debuta en",
)
PRODUCT_NOUNS = ("aplicación", "app", "servicio", "modelo", "todocamino", "coche", "teléfono", "móvil", "plataforma", "tarifa")
CODE_NAME_CUES = ("nombre en clave",)
SENTENCE_ABBREVIATIONS = ("Sr.", "Sra.", "Dr.", "Dra.", "EE.UU.", "etc.", "núm.", "aprox.", "S.A.", "Ud.")
PERSON_TITLES = ("Sr.", "Sra.", "Dr.", "Dra.", "don", "doña")

# --- geography (graph/geo.py) -------------------------------------------------------
PLACE_NAME_EXTRAS = {
    "EE.UU.": "US", "EEUU": "US", "EE. UU.": "US", "EE UU": "US", "Estados Unidos": "US", "India": "IN",
    "Arabia Saudí": "SA", "Arabia Saudita": "SA", "Reino Unido": "GB", "Gran Bretaña": "GB",
    "Corea del Sur": "KR", "Latinoamérica": "419", "América Latina": "419",
    "Sudamérica": "005", "América del Sur": "005", "Norteamérica": "003",
    "América del Norte": "003", "Centroamérica": "013", "Europa": "150",
    "Europa occidental": "155", "Europa del Este": "151", "Asia": "142", "África": "002",
    "Oriente Medio": "145", "Oriente Próximo": "145", "Unión Europea": "EU", "UE": "EU",
    "Sudeste Asiático": "035",
    # nombres cortos y antiguos que la prensa sigue usando
    "Costa de Marfil": "CI", "EAU": "AE", "Emiratos Árabes": "AE", "Emiratos": "AE",
    "Birmania": "MM", "Macao": "MO", "Holanda": "NL", "Timor Oriental": "TL",
    "Suazilandia": "SZ", "Bosnia": "BA",
}
PLACE_ADJECTIVES = {
    "chin": "CN", "mexican": "MX", "estadounidense": "US", "norteamerican": "003",
    "latinoamerican": "419", "sudamerican": "005", "europe": "150", "asiátic": "142",
    "african": "002", "alemán": "DE", "alemana": "DE", "alemanes": "DE", "austriac": "AT",
    "suiz": "CH", "francés": "FR", "francesa": "FR", "italian": "IT", "español": "ES",
    "española": "ES", "españoles": "ES", "portugués": "PT", "portuguesa": "PT",
    "británic": "GB", "irlandés": "IE", "holandés": "NL", "neerlandés": "NL", "belga": "BE",
    "suec": "SE", "danés": "DK", "noruego": "NO", "noruega": "NO", "finlandés": "FI",
    "polac": "PL", "chec": "CZ", "húngar": "HU", "ruman": "RO", "grieg": "GR", "turc": "TR",
    "rus": "RU", "ucranian": "UA", "japonés": "JP", "japonesa": "JP", "surcorean": "KR",
    "corean": "KR", "taiwanés": "TW", "indi": "IN", "indonesi": "ID", "vietnamita": "VN",
    "tailandés": "TH", "australian": "AU", "canadiense": "CA", "brasileñ": "BR",
    "argentin": "AR", "chilen": "CL", "colombian": "CO", "peruan": "PE", "saudí": "SA",
    "israelí": "IL", "egipci": "EG", "sudafrican": "ZA", "nigerian": "NG", "keniat": "KE",
    "serbi": "RS", "croata": "HR", "singapurense": "SG", "malasi": "MY", "filipin": "PH",
    "paquistaní": "PK", "iraní": "IR", "emiratí": "AE", "catarí": "QA",
}

# --- dates (graph/extract/dates.py) --------------------------------------------------
DATE_NEXT = ("próximo", "próxima", "siguiente", "que viene")
DATE_LAST = ("pasado", "pasada", "último", "última")
# después del sustantivo: "el año pasado", "el mes que viene"
DATE_NEXT_AFTER = ("que viene", "próximo")
DATE_LAST_AFTER = ("pasado",)
DATE_THIS = ("este", "esta")
DATE_DAYS_FROM_NOW = {"hoy": 0, "ayer": -1, "anteayer": -2, "mañana": 1}  # días desde la publicación
DATE_NOT_BEFORE_DAY_WORD = ("la", "esta", "una", "cada", "toda", "media", "por", "de", "pasado")  # entonces parte del día: "por la mañana"
DATE_YEAR_WORDS = ("año",)
DATE_SEASONS = {"primavera": 3, "verano": 6, "otoño": 9, "invierno": 12}  # mes en que empiezan
# "el tercer trimestre", "el segundo semestre": una parte del año
DATE_PARTS = {"trimestre": 4, "semestre": 2}
DATE_ORDINALS = {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "último": 4}
DATE_MONTH_WORDS = ("mes",)
# una parte del mes, por el día en que empieza: "a finales de enero", escrito el 10 de enero
DATE_MONTH_PARTS = {"finales de": 21, "fines de": 21, "fin de": 21, "mediados de": 11, "principios de": 1}
# capitalised words that may stand before a month's abbreviation ("Ende Jan.")
DATE_MONTH_HEADS = ("Desde", "Hasta", "Finales", "Principios", "Mediados")
DATE_YEAR_END = ("final de año", "finales de año", "fin de año", "final del año", "finales del año", "finales de este año", "final de este año")
# y las terminaciones del futuro ("se venderá desde el viernes", "llegarán el lunes")
DATE_FUTURE_VERBS = ("próximo", "a partir", "hasta", "-rá", "-rán")

# --- sources (graph/sources) ------------------------------------------------------
STOPWORDS = frozenset(
    ["el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "pero", "no", "es", "son", "fue", "era", "ser", "ha", "han", "con", "de", "del", "a", "al", "en", "por", "para", "que", "como", "se", "su", "sus", "lo", "le", "les", "este", "esta", "estos", "estas", "ya", "más", "muy", "también", "sin", "sobre", "entre", "hasta", "desde", "cuando", "donde", "quien", "pero", "porque", "según", "tras"]
)
BYLINE_WORDS = ("Por",)
BOILERPLATE_LINES = ("Publicidad",)

# Words that deny or leave open what a sentence says (no sales channel from it).
NEGATION_CUES = ("no", "ni", "nunca")

# cabezas de nombres de organizaciones: "Banco de España", "Ayuntamiento de Alcobendas"
HEADS_BEFORE_NAMES = {
    "Banco": "company", "Caja": "company", "Compañía": "company", "Grupo": "company",
    "Banco Central": "other", "Banco Mundial": "other", "Fondo Monetario": "other",
    "Ministerio": "other", "Ayuntamiento": "other", "Instituto": "other", "Asociación": "other",
    "Autoridad": "other", "Agencia": "other", "Comisión": "other", "Consejo": "other",
    "Fundación": "other", "Federación": "other", "Confederación": "other", "Sindicato": "other",
    "Universidad": "other", "Tribunal": "other", "Oficina": "other", "Organización": "other",
    "Cámara": "other", "Junta": "other", "Diputación": "other", "Administración": "other",
    "Secretaría": "other", "Partido": "other", "Audiencia": "other", "Policía": "other",
}  # fmt: skip
NAME_LINKS = ("de", "del", "de la", "de las", "de los")

# un nombre justo delante es el de una empresa: "Quillon abrió", "Quillon ha lanzado"
BUSINESS_VERBS = (
    "abrió", "abre", "abrirá", "ha abierto", "lanzó", "lanza", "lanzará", "ha lanzado",
    "llegó", "llega", "llegará", "ha llegado", "desembarca", "desembarcó", "desembarcará",
    "entró", "entra", "entrará", "planea", "prevé", "opera", "vende", "vendió", "anunció",
    "ha anunciado", "facturó", "factura", "adquirió", "ha adquirido", "compró", "emplea",
    "fabrica", "cuenta con", "tiene previsto", "ha presentado", "presentó", "inauguró",
    "inaugura", "ha inaugurado", "se expande", "ha cerrado", "cerró",
)  # fmt: skip

# "una cerveza llamada Shinnama": un producto nombrado tras uno de estos nombres y una señal
NAMING_CUES = ("llamado", "llamada", "denominado", "denominada", "bautizado", "bautizada")
NAMED_THINGS = (
    "producto", "marca", "gama", "línea", "modelo", "versión", "edición", "cerveza", "bebida",
    "vino", "fármaco", "medicamento", "tratamiento", "vacuna", "juego", "videojuego", "consola",
    "dispositivo", "móvil", "teléfono", "coche", "vehículo", "servicio", "aplicación", "canal",
    "programa", "serie", "hamburguesa", "tarjeta", "fondo", "cuenta", "plan",
)  # fmt: skip

# "…, informa Quillnews.": un medio tras el verbo, al cerrar la oración
REPORTING_VERBS_BEFORE_SOURCE = ("informa", "informó", "publica", "publicó", "adelanta", "adelantó", "recoge", "recogió")
