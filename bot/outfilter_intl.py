"""The output filter's rules for Spanish, French, German and Portuguese.

The explicit forms only: suicide as the solution or way out, a lethal dose
or an amount that kills, named methods and the quickest or surest way to
die. Written for folded text like :mod:`bot.outfilter_rules`, whose helpers
they share: accents and apostrophes are gone, so ``tödlich`` is
``todlich`` and ``c'est`` is ``cest``.
"""

from __future__ import annotations

from typing import Final

from bot.outfilter_rules import GAP, SPLIT, make_rules

__all__ = ["INTL"]

# Number words stop at the tens; digits cover the rest.
_N_INTL = (
    r"(?:\d[\d,.]*|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cuarenta"
    r"|cincuenta|cien|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante"
    r"|cinquante|cent|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwanzig|dreissig|vierzig"
    r"|funfzig|hundert|dois|duas|quatro|sete|oito|nove|dez|vinte|trinta|quarenta|cinquenta|cem"
    r"|una docena de|une dizaine de|un frasco|una caja|toda la caja|todo el frasco|une boite"
    r"|toute la boite|une plaquette|eine packung|die ganze packung|eine ganze packung|uma caixa"
    r"|a caixa inteira|um frasco)"
)
_UNIT_INTL = (
    r"(?:pastillas|comprimidos|tabletas|pildoras|capsulas|gramos|miligramos|comprimes|cachets"
    r"|pilules|gelules|grammes|milligrammes|tabletten|pillen|kapseln|gramm|milligramm|pilulas"
    r"|gramas|miligramas|mg|g)"
)
_KILLS_INTL = (
    r"(?:te matarian|te mataria|matarian|mataria|te matan|seria letal|serian letales|es letal"
    r"|son letales|es mortal|son mortales|serian mortales|seria mortal|(?:bastan|bastarian"
    r"|basta|bastaria|alcanzan|alcanzarian) para morir|te tueraient|tueraient|te tuerait|tuerait"
    r"|suffiraient (?:a|pour) (?:mourir|te tuer)|suffisent (?:a|pour) (?:mourir|te tuer)"
    r"|suffirait (?:a|pour) (?:mourir|te tuer)|sont mortels|sont mortelles|serait mortel"
    r"|seraient mortels|est mortel|est mortelle|wurden dich toten|wurden toten|toten dich"
    r"|sind todlich|ist todlich|waren todlich|ware todlich|reichen (?:aus )?um zu sterben"
    r"|reichen zum sterben|te matariam|matariam|matam|sao letais|e letal|seria letal"
    r"|seriam letais|seria fatal|seriam fatais|e fatal|sao fatais|(?:bastam|bastariam) para"
    r" morrer|para morrer|pour mourir|para morir)"
)
_SUICIDE_INTL = (
    r"(?:el suicidio|suicidarte|suicidarse|matarte|matarse|quitarte la vida|quitarse la vida"
    r"|morir|la muerte|le suicide|te suicider|se suicider|te tuer|mourir|la mort|mettre fin a"
    r" tes jours|d?en finir(?! avec)|selbstmord|suizid|der tod|sterben|dich umzubringen"
    r"|dich umbringen|dich zu toten|dein leben zu beenden|o suicidio|se matar|te matar|morrer"
    r"|a morte|tirar (?:a )?(?:sua|tua) (?:propria )?vida)"
)
_IS_INTL = (
    r"(?:es|seria|sera|parece|puede ser|est|serait|cest|ce serait|ca serait|semble|ist|ware"
    r"|scheint|wird|bleibt|e|parece ser)"
)
_ANSWER_INTL = (
    r"(?:(?:la|una|tu|le|la|une|ta|die|eine|der|ein|deine|dein|a|uma|sua|tua) )?(?:(?:unica"
    r"|mejor|verdadera|seule|meilleure|vraie|bonne|unique|einzige|beste|wahre|richtige|letzte"
    r"|melhor|verdadeira) )?(?:salida|solucion|respuesta|opcion|escapatoria|solution|issue"
    r"|reponse|echappatoire|sortie|delivrance|losung|antwort|ausweg|erlosung|saida|solucao"
    r"|resposta|opcao)"
)

_W_SUICIDE_INTL = (
    "suicidio suicidarte suicidarse matarte matarse quitarte quitarse morir muerte suicide "
    "suicider tuer mourir mort finir selbstmord suizid tod sterben umzubringen umbringen toten "
    "beenden matar morrer morte tirar"
)
_W_ANSWER_INTL = (
    "salida solucion respuesta opcion escapatoria solution issue reponse echappatoire sortie "
    "delivrance losung antwort ausweg erlosung saida solucao resposta opcao"
)

INTL: Final = (
    *make_rules(
        "dose",
        (
            "dosis dose / letal mortal toxica fatal letale mortelle toxique fatale",
            r"(?:dosis|dose) (?:letal|mortal|toxica|fatal|letale|mortelle|toxique|fatale)",
        ),
        (
            "todliche todlichen todlicher letale letalen toxische / dosis menge",
            r"(?:todliche|todlichen|todlicher|letale|letalen|toxische) (?:dosis|menge)",
        ),
        (
            "matarian mataria matan letal letales mortal mortales morir tueraient tuerait mourir "
            "mortels mortelles mortel toten todlich sterben matariam matam letais fatal fatais "
            "morrer / # pastillas comprimidos tabletas pildoras capsulas gramos comprimes cachets "
            "pilules gelules grammes tabletten pillen kapseln gramm pilulas gramas mg g",
            rf"{_N_INTL} (?:de |d )?{_UNIT_INTL}{GAP} {_KILLS_INTL}",
        ),
    ),
    *make_rules(
        "method",
        (
            "ahorcarte ahorcarse colgarte cortarte cortarse tirarte",
            r"ahorcarte|ahorcarse|colgarte del cuello|(?:cortarte|cortarse) las venas|tirarte"
            r" (?:de|desde) (?:un|una|el|la) (?:\w+ )?(?:puente|edificio|azotea|balcon|ventana"
            r"|acantilado)|tirarte (?:a las vias|al tren|bajo un tren|delante de un tren)",
        ),
        (
            "pendre touvrir souvrir trancher sauter jeter",
            r"(?:te|se) pendre|(?:touvrir|souvrir) les veines|te trancher (?:les veines|la gorge)"
            r"|sauter (?:dun|du|de la|depuis) (?:\w+ )?(?:pont|immeuble|toit|falaise|balcon"
            r"|fenetre)|te jeter sous (?:un|le) (?:train|metro|camion)",
        ),
        (
            "erhangen aufhangen aufzuhangen pulsadern springen werfen",
            r"(?:dich|sich) (?:zu )?(?:erhangen|aufhangen)|(?:dich|sich) aufzuhangen|pulsadern"
            r" (?:aufschneiden|aufzuschneiden)|von (?:einer|der|dem|einem) (?:\w+ )?(?:brucke"
            r"|hochhaus|dach|klippe|balkon) (?:zu )?springen|vor (?:einen|den) zug (?:zu )?"
            r"(?:springen|werfen)",
        ),
        (
            "enforcar pulsos pular jogar",
            r"(?:se|te) enforcar|enforcar se|cortar (?:os|seus|teus) pulsos|pular (?:de|da|do)"
            r" (?:uma|um) (?:\w+ )?(?:ponte|predio|edificio|janela|penhasco)|se jogar (?:de|da"
            r"|do) (?:uma|um) (?:\w+ )?(?:ponte|predio|edificio|janela)",
        ),
    ),
    *make_rules(
        "lethality",
        (
            "forma manera metodo / morir matarte suicidarte matarse suicidarse quitarte letal "
            "efectivo comun seguro rapido",
            r"(?:forma|manera|metodo) (?:mas )?(?:rapida|rapido|facil|indolora|indoloro|segura"
            r"|seguro|efectiva|efectivo|eficaz|letal) de (?:morir|matarte|suicidarte|matarse"
            r"|suicidarse|quitarte la vida)|metodo mas (?:letal|efectivo|comun|seguro|rapido)",
        ),
        (
            "moyen methode facon maniere / mourir tuer suicider finir",
            r"(?:moyen|methode|facon|maniere) (?:la plus |le plus )?(?:rapide|sure|sur|efficace"
            r"|indolore|simple|facile) (?:de|pour) (?:mourir|te tuer|te suicider|se suicider"
            r"|se tuer|en finir)",
        ),
        (
            "methode weg art / sterben umzubringen toten",
            r"(?:sicherste|schnellste|einfachste|schmerzloseste|effektivste|todlichste)n?"
            r" (?:methode|weg|art)(?: \w+){0,3} (?:zu sterben|sich umzubringen|dich umzubringen"
            r"|sich zu toten|dich zu toten)",
        ),
        (
            "jeito forma maneira metodo / morrer matar",
            r"(?:jeito|forma|maneira|metodo) (?:mais )?(?:rapido|rapida|facil|indolor|seguro"
            r"|segura|eficaz|certeiro) de (?:morrer|se matar|te matar)",
        ),
    ),
    *make_rules(
        "solution",
        (
            f"{_W_SUICIDE_INTL} / {_W_ANSWER_INTL}",
            rf"{_SUICIDE_INTL}{SPLIT} {_IS_INTL}{SPLIT} {_ANSWER_INTL}"
            rf"|{_ANSWER_INTL}{SPLIT} {_IS_INTL}{SPLIT} (?:de |d |der |el |le |o )?{_SUICIDE_INTL}",
        ),
        (
            "estarian nadie seraient serait personne niemand waren ware besser ninguem estariam "
            "ficariam",
            r"estarian mejor sin ti|nadie te (?:extranaria|echaria de menos)|(?:seraient|serait)"
            r" mieux sans toi|personne ne (?:te regretterait|remarquerait ton absence)|niemand"
            r" wurde dich vermissen|(?:waren|ware) ohne dich besser dran|besser dran ohne dich"
            r"|ninguem (?:sentiria (?:sua|tua) falta|se importaria)|(?:estariam|ficariam) melhor"
            r" sem (?:voce|ti)",
        ),
        (
            f"{_W_SUICIDE_INTL} / resolveria solucionaria acabaria reglerait resoudrait regle "
            "losen lost",
            rf"{_SUICIDE_INTL} (?:resolveria|solucionaria|acabaria con|reglerait|resoudrait|regle"
            r"|wurde losen|lost|acabaria com) (?:tus |tes |deine |seus |teus |todos |tous |alle"
            r" |os )?(?:tus |tes |seus |teus |os |les )?(?:problemas|problemes|probleme|todo"
            r"|tout|dolor|alles)",
        ),
        refusable=False,
    ),
)
