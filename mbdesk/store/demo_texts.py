"""Phrase banks for the demo workspace: a bakery in Madrid run by a Chinese-Spanish family.

Kept apart from ``demo.py`` so the generator reads as logic. Every bank has the three languages
the product supports (zh, es, en); ``{product}`` is filled from ``PRODUCTS`` of that language.
Complaints carry the negative words the crisis watch looks for.
"""

from __future__ import annotations

LANGS = ("zh", "es", "en")

SHOP_NAME = "Panadería Luna · 月亮面包坊"
SHOP_HOST = "luna-bakery"
SHOP_LINK = "https://luna-bakery.example"
SHOP_TZ = "Europe/Madrid"

# (handle, display name, colour, remote id) — the first three are the default demo's accounts.
ACCOUNTS = (
    ("luna_bakery", "Panadería Luna · 月亮面包坊", "#f59e0b", "sbx-luna-bakery"),
    ("luna_ayuda", "Luna 客服 · Atención al cliente", "#10b981", "sbx-luna-ayuda"),
    ("marisol_luna", "Marisol Chen 陈月 (owner)", "#8b5cf6", "sbx-marisol-luna"),
    ("luna_obrador", "Luna Obrador · Wholesale", "#ef4444", "sbx-luna-obrador"),
    ("luna_cafe", "Luna Café 咖啡角", "#0ea5e9", "sbx-luna-cafe"),
)
# The demo's Weibo account (the third): Chinese only, served by the offline sandbox.
WEIBO_ACCOUNT = ("月亮面包坊", "月亮面包坊 · 微博", "#e6162d", "sbx-luna-weibo")

PRODUCTS = {
    "zh": ("可颂", "酸种面包", "菠萝包", "月饼", "蛋挞", "肉松面包", "红豆面包", "生日蛋糕",
           "全麦吐司", "抹茶卷"),
    # Spanish names carry their article: "de el"/"a el" become "del"/"al" (see ``fill``).
    "es": ("el cruasán", "el pan de masa madre", "la ensaimada", "el roscón de Reyes",
           "el bizcocho de limón", "la tarta de queso", "el pan de centeno",
           "la napolitana de chocolate", "el bollo de piña", "la empanada gallega"),
    "en": ("croissant", "sourdough loaf", "pineapple bun", "mooncake", "custard tart",
           "cinnamon roll", "birthday cake", "rye loaf", "cheesecake", "matcha roll"),
}

# Mention kinds: what people write to the shop, by topic.
MENTIONS = {
    "hours": {
        "zh": ("请问你们周日几点开门？营业时间有变化吗？",
               "今天营业时间到几点？想下班后去买{product}。",
               "春节期间营业吗？营业时间是怎样的？",
               "节假日的营业时间会调整吗？周一想去买{product}。"),
        "es": ("¿A qué hora abrís el domingo? ¿Cambia el horario en festivos?",
               "¿Hasta qué hora está abierta la tienda hoy? Quiero pasar a por {product}.",
               "¿Abrís el 6 de enero por la mañana? Necesito el roscón temprano.",
               "¿Cuál es vuestro horario en agosto?"),
        "en": ("What time do you open on Sundays?",
               "Are you open late today? I'd love to grab a {product} after work.",
               "Do your opening hours change over the holidays?",
               "Are you open on Monday morning? Need a {product} for a meeting."),
    },
    "price": {
        "zh": ("{product}多少钱一个？有没有团购价？",
               "请问定制生日蛋糕的价格是多少？",
               "公司下午茶订三十份{product}有优惠吗？",
               "会员有折扣吗？{product}的价格涨了吗？"),
        "es": ("¿Cuánto cuesta {product}? ¿Hacéis precio para pedidos grandes?",
               "¿Qué precio tiene una tarta de cumpleaños para 12 personas?",
               "¿Tenéis descuento para pedidos de empresa?",
               "¿Ha subido el precio de {product}? Antes costaba menos."),
        "en": ("How much is the {product}? Any discount for bulk orders?",
               "What's the price for a custom birthday cake for 12?",
               "Do you do office catering prices?",
               "Has the price of the {product} gone up?"),
    },
    "shipping": {
        "zh": ("能寄到巴塞罗那吗？运费多少？",
               "{product}可以快递吗？会不会压坏？",
               "外卖配送范围有多大？我住在马德里北边。",
               "下单后多久能送到？想周五收到{product}。"),
        "es": ("¿Hacéis envíos a Valencia? ¿Cuánto cuesta el envío?",
               "¿Se puede enviar {product} por mensajería sin que se estropee?",
               "¿Cuál es la zona de reparto a domicilio?",
               "Si pido hoy, ¿me llega {product} el viernes?"),
        "en": ("Do you ship to Barcelona? How much is shipping?",
               "Can the {product} be sent by courier without getting squashed?",
               "What's your delivery area? I'm in the north of Madrid.",
               "If I order today will the {product} arrive by Friday?"),
    },
    "praise": {
        "zh": ("今天的{product}太好吃了！外酥里软，明天还来 👍",
               "第一次来月亮面包坊，店员很热情，{product}好评！",
               "给女儿订的生日蛋糕超级漂亮，谢谢！",
               "{product}还是小时候的味道，感动 🥹"),
        "es": ("¡Lo de hoy estaba buenísimo! Mañana vuelvo a por {product} 😍",
               "Qué maravilla de panadería, {product} es lo mejor del barrio.",
               "Gracias por la tarta de cumpleaños, ¡a todos les encantó!",
               "Atención de diez. Pedid {product}, no falla. ¡Olé!"),
        "en": ("That {product} this morning was amazing, crispy outside and soft inside!",
               "Best bakery in the neighbourhood, the {product} is unreal.",
               "Thank you for the birthday cake, everyone loved it!",
               "Lovely staff and the {product} was still warm. 10/10"),
    },
    "complaint": {
        "zh": ("买的{product}是变质的，太失望了，要求退款！",
               "订单等了两个小时还没送到，服务太差了，我要投诉。",
               "今天的{product}又硬又难吃，跟以前完全不一样，很失望。",
               "店员态度太差了，再也不来了。"),
        "es": ("Compré {product} y estaba en mal estado. Muy decepcionada, quiero un reembolso.",
               "Dos horas esperando el pedido y nada. Servicio horrible, voy a poner una queja.",
               "Hoy {product} no había quien se lo comiera, qué decepción.",
               "Me cobraron dos veces {product}. Fatal, espero el reembolso."),
        "en": ("The {product} I bought was mouldy. Really disappointed, I want a refund.",
               "Waited two hours for my delivery, terrible service. Filing a complaint.",
               "Today's {product} was stale and hard, so disappointed.",
               "Charged twice for one {product}. Awful, still waiting for a refund."),
    },
    "chat": {
        "zh": ("周末带朋友去打卡，{product}拍照很好看。",
               "你们的{product}和咖啡是绝配。",
               "看到你们新出的{product}了，期待！",
               "下雨天最适合来一个热乎乎的{product}。"),
        "es": ("Este finde voy con amigas a probar {product}.",
               "Un café con {product}: el desayuno perfecto.",
               "¡Qué ganas de probar {product} de temporada!",
               "Día de lluvia: café y {product}."),
        "en": ("Bringing friends this weekend to try the {product}.",
               "Your {product} with a flat white is the perfect breakfast.",
               "Can't wait to try the new {product}!",
               "Rainy day, warm {product}. Perfect."),
    },
}

# How often each kind turns up (complaints spike during the crisis weeks).
MENTION_WEIGHTS = {"hours": 14, "price": 10, "shipping": 9, "praise": 24, "complaint": 7,
                   "chat": 36}
QUESTION_KINDS = ("hours", "price", "shipping")

# The crisis: a bad batch of cream cakes; complaints use these while it lasts.
CRISIS_COMPLAINTS = {
    "zh": ("昨天买的奶油蛋糕变质了，吃完肚子疼，太差了！要求退款。",
           "听说月亮面包坊的蛋糕有问题？好几个人吃坏肚子了，失望。",
           "奶油有酸味，明显变质，我要投诉到消费者协会。"),
    "es": ("La tarta de nata de ayer estaba en mal estado, me sentó fatal. Quiero un reembolso.",
           "¿Es verdad que varias personas se pusieron malas con las tartas de Luna? Qué asco.",
           "La nata olía agria. Horrible. Voy a poner una queja en consumo."),
    "en": ("The cream cake from yesterday was off, I got sick. Terrible. I want a refund.",
           "Heard several people got ill from Luna's cakes? Disgusting, really disappointed.",
           "The cream smelled sour. Awful. Filing a complaint with consumer affairs."),
}

# Saved-reply style answers the shop sent, by mention kind.
REPLIES = {
    "hours": {
        "zh": "您好！我们周一至周六 7:30–20:30 营业，周日 8:00–14:00。欢迎光临 🌙",
        "es": "¡Hola! Abrimos de lunes a sábado de 7:30 a 20:30 y los domingos de 8:00 a 14:00.",
        "en": "Hi! We're open Mon–Sat 7:30–20:30 and Sundays 8:00–14:00. See you soon!",
    },
    "price": {
        "zh": "您好！价格表在这里：https://luna-bakery.example/precios ，十份以上享九折。",
        "es": "¡Hola! Tienes los precios en https://luna-bakery.example/precios y 10 % "
              "de descuento desde 10 unidades.",
        "en": "Hi! Prices are at https://luna-bakery.example/precios and 10% off from 10 pieces.",
    },
    "shipping": {
        "zh": "您好！马德里市内当天配送，其他城市 24–48 小时，运费 4.90 欧元起。",
        "es": "¡Hola! Reparto en Madrid el mismo día; resto de España en 24–48 h desde 4,90 €.",
        "en": "Hi! Same-day delivery in Madrid; elsewhere in Spain 24–48 h from €4.90.",
    },
    "praise": {
        "zh": "谢谢您的喜欢！期待下次见到您 🥐",
        "es": "¡Muchas gracias! Nos alegra mucho. ¡Hasta pronto! 🥐",
        "en": "Thank you so much! See you again soon 🥐",
    },
    "complaint": {
        "zh": "非常抱歉给您带来不好的体验。请私信我们订单号，我们马上处理退款。",
        "es": "Sentimos mucho lo ocurrido. Escríbenos por privado con el número de pedido "
              "y lo solucionamos hoy mismo.",
        "en": "We're very sorry about this. Please DM us your order number and we'll sort "
              "it out today.",
    },
    "chat": {
        "zh": "谢谢！欢迎常来 😊",
        "es": "¡Gracias! Te esperamos 😊",
        "en": "Thanks! Hope to see you soon 😊",
    },
}

# Keyword watches of the brand account: query, kind, and public posts that match it.
WATCHES = (
    ("月亮面包", "keyword", (
        ("zh", "路过月亮面包坊，门口排了好长的队。"),
        ("zh", "月亮面包坊的菠萝包还是小时候的味道。"),
        ("zh", "有人吃过月亮面包坊的酸种面包吗？值得排队吗？"),
    )),
    ("masa madre", "keyword", (
        ("es", "Hoy he probado el pan de masa madre de una panadería nueva, increíble."),
        ("es", "Mi masa madre por fin burbujea después de dos semanas."),
        ("es", "¿Dónde comprar buen pan de masa madre en Lavapiés?"),
    )),
    ("sourdough", "keyword", (
        ("en", "Sourdough starter finally alive after two weeks."),
        ("en", "Weekend sourdough bake, open crumb at last."),
        ("en", "Looking for proper sourdough in central Madrid, any tips?"),
    )),
    ("#panaderia", "hashtag", (
        ("es", "Pan recién salido del horno en el barrio #panaderia"),
        ("es", "Tercer intento de roscón casero #panaderia"),
        ("en", "Madrid bakery crawl, stop four #panaderia"),
    )),
    ("Horno Sol", "keyword", (
        ("es", "¿Alguien sabe si Horno Sol abre los domingos?"),
        ("en", "Horno Sol vs Panadería Luna: who does the better croissant?"),
        ("zh", "Horno Sol 的可颂和月亮面包坊比哪个好吃？"),
    )),
)

# Drafts and posts: (title, body) by category and language; {product} is filled in.
DRAFTS = {
    "product": {
        "zh": (("新品：{product}",
                "新鲜出炉的{product}今天上架！每天早上七点半开始供应，数量有限。"),
               ("{product}回归", "大家呼声最高的{product}回来啦，周末限定，欢迎预订。")),
        "es": (("Novedad: {product}", "¡Hoy estrenamos {product}! Sale del horno a las 7:30, "
                "unidades limitadas."),
               ("Vuelve {product}", "Nos lo pedisteis y vuelve {product}, solo este fin "
                "de semana. ¡Reserva ya!")),
        "en": (("New: {product}", "Fresh {product} out of the oven today! From 7:30 every "
                "morning, while they last."),
               ("The {product} is back", "You asked, we listened: the {product} is back this "
                "weekend only. Pre-order now.")),
    },
    "promotion": {
        "zh": (("第二件半价", "本周{product}第二件半价！到店或网上下单都可以。"),
               ("会员日九折", "每周三会员日，全场九折，{product}也参加。")),
        "es": (("2ª unidad a mitad de precio", "Esta semana, segunda unidad a mitad de "
                "precio en {product}. En tienda y online."),
               ("Miércoles de socios", "Cada miércoles, 10 % de descuento para socios, "
                "también en {product}.")),
        "en": (("Second one half price", "This week the second {product} is half price, in "
                "store and online."),
               ("Members' Wednesday", "Every Wednesday members get 10% off everything, the "
                "{product} included.")),
    },
    "shop_news": {
        "zh": (("新店员加入", "欢迎新面包师小林加入我们！他最拿手的是{product}。"),
               ("店面翻新", "下周一店面翻新暂停营业一天，周二照常营业。")),
        "es": (("Nuevo panadero", "Damos la bienvenida a Andrés, nuestro nuevo panadero. Su "
                "especialidad: {product}."),
               ("Reforma de la tienda", "El lunes cerramos por reforma; el martes abrimos como "
                "siempre.")),
        "en": (("Meet our new baker", "Say hi to Andrés, our new baker. His speciality: the "
                "{product}."),
               ("Shop refit", "We're closed next Monday for a refit and back on Tuesday as "
                "usual.")),
    },
    "industry_news": {
        "zh": (("面粉涨价", "今年小麦歉收，面粉价格上涨了百分之十五。我们会尽量保持价格不变。"),
               ("酸种面包热", "越来越多人喜欢酸种面包，它更容易消化，也更耐放。")),
        "es": (("Sube la harina", "La mala cosecha de trigo ha subido la harina un 15 %. "
                "Haremos lo posible por mantener precios."),
               ("La fiebre de la masa madre", "Cada vez más gente elige masa madre: más "
                "digestiva y dura más.")),
        "en": (("Flour prices up", "A poor wheat harvest pushed flour up 15% this year. We'll "
                "do our best to hold prices."),
               ("The sourdough boom", "More and more people choose sourdough: easier to "
                "digest and keeps longer.")),
    },
    "hot_topic": {
        "zh": (("热搜：早餐吃什么", "大家都在讨论早餐吃什么？我们投{product}一票！"),
               ("城市马拉松", "周日马拉松经过门口，跑者凭号码布送一个{product}。")),
        "es": (("¿Qué desayunas?", "Todo el mundo habla del desayuno perfecto. Nosotros votamos "
                "por {product}."),
               ("Maratón de Madrid", "El domingo pasa el maratón por la puerta: {product} gratis "
                "para corredores con dorsal.")),
        "en": (("What's for breakfast?", "Everyone's debating the perfect breakfast. We vote "
                "{product}!"),
               ("Marathon Sunday", "The marathon passes our door on Sunday: a free {product} "
                "for runners with a bib.")),
    },
    "service_notice": {
        "zh": (("配送延迟通知", "因天气原因，今天的外卖配送可能延迟一小时，敬请谅解。"),
               ("营业时间调整", "本周日营业时间调整为 9:00–13:00。")),
        "es": (("Retrasos en el reparto", "Por el temporal, los repartos de hoy pueden llevar "
                "una hora de retraso. Gracias por la paciencia."),
               ("Cambio de horario", "Este domingo abrimos de 9:00 a 13:00.")),
        "en": (("Delivery delays", "Because of the storm, today's deliveries may run an hour "
                "late. Thanks for your patience."),
               ("Opening hours change", "This Sunday we're open 9:00–13:00.")),
    },
    "festival": {
        "zh": (("中秋月饼预订", "中秋节月饼预订开始啦！莲蓉、豆沙、五仁，九月十日前下单九折。"),
               ("春节营业时间", "春节期间正常营业，年初一下午休息。新春快乐，龙年大吉！")),
        "es": (("Roscón de Reyes", "Reserva tu roscón de Reyes antes del 4 de enero. Nata, "
                "trufa o sin relleno."),
               ("Feliz Sant Jordi", "Por Sant Jordi, una rosa de hojaldre con cada libro que "
                "traigas a la tienda.")),
        "en": (("Mooncake pre-orders", "Mid-Autumn mooncake pre-orders are open! Lotus seed, "
                "red bean or five-nut, 10% off before 10 September."),
               ("Christmas orders", "Christmas pre-orders are open: panettone, stollen and our "
                "famous {product}.")),
    },
}

HASHTAGS = {
    "zh": ("#月亮面包坊", "#马德里美食", "#烘焙"),
    "es": ("#panaderia", "#MasaMadre", "#Madrid"),
    "en": ("#bakery", "#sourdough", "#MadridEats"),
}

# Per-account voice for diverged variants (brand, service, owner, wholesale, café).
VARIANT_PREFIX = (
    {"zh": "", "es": "", "en": ""},
    {"zh": "【客服提醒】", "es": "Aviso: ", "en": "Heads-up: "},
    {"zh": "老板娘说：", "es": "Desde el obrador: ", "en": "From the owner: "},
    {"zh": "【批发】", "es": "Mayoristas: ", "en": "Wholesale: "},
    {"zh": "咖啡角：", "es": "En el café: ", "en": "At the café: "},
)

NAMES = {
    "zh": {
        "family": (("陈", "chen"), ("李", "li"), ("王", "wang"), ("张", "zhang"), ("刘", "liu"),
                   ("林", "lin"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("赵", "zhao"),
                   ("孙", "sun"), ("郑", "zheng"), ("何", "he"), ("高", "gao"), ("罗", "luo")),
        "given": (("小美", "xiaomei"), ("思远", "siyuan"), ("雨桐", "yutong"), ("子涵", "zihan"),
                  ("浩然", "haoran"), ("佳怡", "jiayi"), ("一诺", "yinuo"), ("梓萱", "zixuan"),
                  ("俊杰", "junjie"), ("欣怡", "xinyi"), ("晓东", "xiaodong"), ("丽娜", "lina"),
                  ("明轩", "mingxuan"), ("嘉欣", "jiaxin"), ("文博", "wenbo")),
    },
    "es": {
        "family": tuple((n, n) for n in (
            "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz",
            "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres")),
        "given": tuple((n, n) for n in (
            "Lucía", "María", "Carmen", "Sofía", "Martina", "Pablo", "Javier", "Álvaro", "Hugo",
            "Daniel", "Paula", "Elena", "Sergio", "Andrés", "Inés")),
    },
    "en": {
        "family": tuple((n, n) for n in (
            "Smith", "Baker", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright",
            "Hughes", "Green", "Hall", "Wood", "Clarke", "Hill")),
        "given": tuple((n, n) for n in (
            "Emma", "Olivia", "Liam", "Noah", "Ava", "Mia", "James", "Lucas", "Grace", "Chloe",
            "Jack", "Ella", "Henry", "Ruby", "Leo")),
    },
}

# Opinion leaders: (handle, display name, language, bio)
KOLS = (
    ("akai_chihuo", "美食博主阿凯", "zh", "马德里探店｜只吃真心推荐的"),
    ("madrid_foodie", "Madrid Foodie", "en", "Eating my way through Madrid. Collabs: DM"),
    ("la_guia_del_pan", "La Guía del Pan", "es", "Reseñas de panaderías artesanas de España"),
    ("xiaohongmao", "小红帽的厨房", "zh", "烘焙教程｜每周更新"),
    ("sourdough_sam", "Sourdough Sam", "en", "Bread nerd. 40k bakers follow my starter"),
    ("comer_en_lavapies", "Comer en Lavapiés", "es", "Guía gastronómica del barrio"),
)

BIOS = {
    "zh": ("爱吃面包的上班族", "美食爱好者｜探店", "两个孩子的妈妈", "咖啡和甜点续命",
           "在马德里读书", "摄影 / 旅行 / 烘焙", ""),
    "es": ("Amante del buen pan", "Fotógrafa y golosa", "Profe de primaria en Madrid",
           "Café, libros y bollería", "Vecino de Lavapiés", "Runner los domingos", ""),
    "en": ("Coffee & carbs", "Food writer in Madrid", "Expat, home baker", "Dad of two",
           "Designer. Croissant critic.", "Living on pastries", ""),
}

NOTES = {
    "zh": ("每周六早上来买两个可颂，喜欢靠窗的位置。", "女儿生日在五月，去年订过蛋糕。",
           "对坚果过敏，推荐时注意。", "想在公司年会订一百份点心，已留电话。"),
    "es": ("Pidió tarta sin gluten para la boda de su hermana (junio).",
           "Viene cada domingo a por la empanada.", "Tuvo un problema con un pedido en "
           "marzo; se le devolvió el dinero.", "Tiene una cafetería en la calle de al lado; "
           "interesado en mayorista."),
    "en": ("Runs a café nearby; interested in wholesale croissants.",
           "Wrote a great review in a food blog last spring.",
           "Allergic to sesame — mention it when suggesting products.",
           "Orders a birthday cake every October."),
}

# Events for campaign bumps and festival posts: (month, day, weight)
CAMPAIGNS = ((1, 6, 3.0), (2, 10, 2.2), (4, 23, 1.6), (9, 15, 2.6), (12, 20, 2.4))


def fill(template: str, product: str) -> str:
    """Put a product into a template, with Spanish's contractions (de el → del, a el → al)."""
    text = template.format(product=product)
    return text.replace(" de el ", " del ").replace(" a el ", " al ")
