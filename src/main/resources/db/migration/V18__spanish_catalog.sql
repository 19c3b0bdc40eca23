-- Spanish beside English (issue 16): one nullable *_es column next to each catalog text, so
-- every query that reads a text reads its Spanish in the same row and no page needs a
-- statement more. NULL means no Spanish (people's own routines may have none): the app then
-- shows the English. Same lengths as the English columns, as the editor's limits are the same.
-- Plain SQL for H2 and PostgreSQL; the texts are matched by slug, code and step number, never
-- by id, because ids differ between databases.

ALTER TABLE routine ADD COLUMN title_es VARCHAR(120);
ALTER TABLE routine ADD COLUMN summary_es VARCHAR(300);
ALTER TABLE routine ADD COLUMN benefits_es VARCHAR(1000);

ALTER TABLE step ADD COLUMN title_es VARCHAR(120);
ALTER TABLE step ADD COLUMN instructions_es VARCHAR(2000);
ALTER TABLE step ADD COLUMN breathing_cue_es VARCHAR(300);
ALTER TABLE step ADD COLUMN safety_cue_es VARCHAR(300);

ALTER TABLE caution ADD COLUMN title_es VARCHAR(120);
ALTER TABLE caution ADD COLUMN explanation_es VARCHAR(1000);
ALTER TABLE caution ADD COLUMN advice_es VARCHAR(1000);
ALTER TABLE caution ADD COLUMN question_es VARCHAR(300);
ALTER TABLE caution ADD COLUMN question_items_es VARCHAR(1500);

ALTER TABLE muscle_group ADD COLUMN name_es VARCHAR(80);
ALTER TABLE muscle_group ADD COLUMN body_region_es VARCHAR(80);
ALTER TABLE muscle_group ADD COLUMN location_es VARCHAR(1000);
ALTER TABLE muscle_group ADD COLUMN function_text_es VARCHAR(1000);
ALTER TABLE muscle_group ADD COLUMN tension_signs_es VARCHAR(1000);

-- Muscle groups, by slug.
UPDATE muscle_group SET name_es = 'Psoas',
    body_region_es = 'Parte profunda delantera de la cadera',
    location_es = 'Un músculo largo y profundo que nace a los lados de la parte baja de la columna, baja por la pelvis por detrás de los órganos del vientre y se inserta en la parte alta e interna del fémur. Por delante se llega a él a través del vientre, un poco por debajo del ombligo y hacia un lado. Por detrás queda demasiado profundo: las manos encuentran en su lugar los músculos de la espalda.',
    function_text_es = 'Acerca el muslo al tronco y, cuando las piernas están quietas, lleva hacia delante la parte baja de la columna y el tronco. Como principal unión entre la columna y las piernas, ayuda a mantener estables la zona lumbar y la pelvis al estar de pie y al caminar. Su extremo superior queda cerca del diafragma.',
    tension_signs_es = 'Un dolor sordo en la zona lumbar o en lo profundo de la ingle, y rigidez en la parte delantera de la cadera, que se nota sobre todo al levantarte después de estar mucho tiempo sentado. Ponerte del todo erguido o dar un paso largo puede costarte.'
WHERE slug = 'psoas';
UPDATE muscle_group SET name_es = 'Aductores (cara interna del muslo)',
    body_region_es = 'Cara interna del muslo',
    location_es = 'Un grupo de músculos en la cara interna del muslo. Nacen en el pubis y en el borde inferior de la pelvis y se abren en abanico a lo largo de la cara interna del fémur; el más largo llega casi hasta la rodilla. La gran vena y la gran arteria de la pierna pasan cerca de ellos junto a la ingle.',
    function_text_es = 'Acercan una pierna a la otra y ayudan a mantener estables la pelvis y las caderas al caminar, al subir escaleras o al apoyarte en una sola pierna.',
    tension_signs_es = 'Puntos sensibles o cordones a lo largo de la cara interna del muslo, una sensación de tirantez en la ingle y rodillas que se quedan altas al sentarte con las plantas de los pies juntas. La tensión en la cara interna de los muslos suele ir unida a rigidez en las caderas y en la zona lumbar.'
WHERE slug = 'adductors';
UPDATE muscle_group SET name_es = 'Músculos lumbares',
    body_region_es = 'Zona lumbar',
    location_es = 'Gruesas columnas de músculo a cada lado de la columna, entre las últimas costillas y la parte alta de la pelvis, con capas más pequeñas y profundas pegadas a las vértebras. Más hacia fuera, el cuadrado lumbar une la última costilla con la parte alta de la pelvis. Los riñones están justo debajo de las últimas costillas.',
    function_text_es = 'Mantienen la columna erguida, la enderezan después de inclinarte hacia delante y te ayudan a doblar y girar el tronco. Junto con los abdominales, dan firmeza a la columna cuando levantas peso.',
    tension_signs_es = 'Un dolor sordo y cansado después de estar mucho tiempo sentado o de pie, rigidez al inclinarte hacia delante y bandas firmes y sensibles que notas a ambos lados de la columna.'
WHERE slug = 'lower-back';
UPDATE muscle_group SET name_es = 'Abdomen',
    body_region_es = 'Vientre y bajo vientre',
    location_es = 'Las capas de músculo de la parte delantera y de los lados del tronco, entre las costillas inferiores y la pelvis. La capa más profunda, el transverso del abdomen, rodea el tronco como un cinturón ancho.',
    function_text_es = 'Sostienen la columna y los órganos del vientre, te ayudan a soltar todo el aire y mantienen estable la pelvis. La capa profunda trabaja en equipo con el suelo pélvico y el diafragma.',
    tension_signs_es = 'Un vientre que se nota contenido o duro y que no se suelta, una respiración que se queda alta en el pecho y dificultad para dejar que el vientre suba al tumbarte y tomar aire.'
WHERE slug = 'abdomen';
UPDATE muscle_group SET name_es = 'Flexores de la cadera',
    body_region_es = 'Parte delantera de la cadera',
    location_es = 'Los músculos que cruzan la parte delantera de la articulación de la cadera: el psoas; el ilíaco, que tapiza el interior de la pelvis y se une al psoas; y el recto femoral, en la parte delantera del muslo.',
    function_text_es = 'Llevan la rodilla hacia el pecho, inclinan la pelvis hacia delante y adelantan la pierna al caminar o correr.',
    tension_signs_es = 'Tirantez en la parte delantera de la cadera después de estar mucho tiempo sentado, un paso más corto y una zona lumbar que se arquea más de lo habitual al estar de pie. En el test de Thomas, el muslo que bajas se queda por encima de la mesa.'
WHERE slug = 'hip-flexors';
UPDATE muscle_group SET name_es = 'Piriforme y glúteos',
    body_region_es = 'Nalga y parte posterior de la cadera',
    location_es = 'Los músculos glúteos forman la nalga. El piriforme está por debajo de ellos, en profundidad, y va desde la base de la columna (el sacro) hasta la parte alta del fémur, cerca del nervio ciático.',
    function_text_es = 'Extienden la cadera, giran el muslo hacia fuera y mantienen la pelvis nivelada cuando te apoyas en una sola pierna, equilibrando la tracción de los flexores de la cadera por delante.',
    tension_signs_es = 'Un dolor profundo en la nalga que suele aumentar al estar sentado. Un piriforme tenso puede presionar el nervio ciático y causar dolor, hormigueo o adormecimiento que baja por la parte de atrás de la pierna; consulta a un profesional para que lo valore.'
WHERE slug = 'glutes';
UPDATE muscle_group SET name_es = 'Suelo pélvico',
    body_region_es = 'Base de la pelvis',
    location_es = 'Una hamaca de músculos que cierra la parte baja de la pelvis, desde el pubis por delante hasta el coxis por detrás. Las rutinas de aquí solo llegan a él desde fuera y a través de la respiración; el trabajo interno corresponde a profesionales cualificados.',
    function_text_es = 'Sostiene la vejiga, el intestino y, en las mujeres, el útero; te ayuda a retener y a soltar la orina y las heces, y trabaja con los abdominales profundos y el diafragma para sostener el tronco.',
    tension_signs_es = 'Un suelo pélvico que pasa mucho tiempo apretado y al que cuesta soltar, y dolor alrededor de la pelvis, las caderas o el coxis. Estas señales pueden tener muchas causas, así que consulta si no desaparecen.'
WHERE slug = 'pelvic-floor';

-- Cautions, by code. The safety wording keeps its full meaning: what to do, how soon,
-- and when to call the emergency number.
UPDATE caution SET title_es = 'Dolor de espalda con señales de urgencia',
    explanation_es = 'Estas señales pueden indicar presión sobre los nervios de la base de la columna, un problema de corazón o una lesión grave. Necesitan atención médica urgente, no masaje.',
    advice_es = 'Llama ahora al número de emergencias o ve al hospital. No esperes a ver si se pasa.',
    question_es = '¿Tienes ahora mismo alguna de estas señales?',
    question_items_es = 'Adormecimiento alrededor de los genitales o de las nalgas|Dificultad nueva para orinar, o pérdida del control de la vejiga o del intestino|Adormecimiento, debilidad u hormigueo en las dos piernas|Dolor en el pecho|Dolor después de una caída o un accidente graves'
WHERE code = 'back-red-flags-emergency';
UPDATE caution SET title_es = 'Dolor de espalda con señales de alarma',
    explanation_es = 'Junto con dolor de espalda o de vientre, estas señales pueden apuntar a una infección, una inflamación u otra enfermedad que un médico debe descartar primero.',
    advice_es = 'Ve al médico en los próximos días y dile qué señal tienes. Deja esta rutina hasta que te haya revisado.',
    question_es = '¿Te pasa alguna de estas cosas?',
    question_items_es = 'Fiebre, o sensación de calor con escalofríos|Pérdida de peso que no te explicas|Un bulto o una hinchazón|Dolor que empeora por la noche o que no se alivia nunca con el reposo|Cáncer ahora o en el pasado'
WHERE code = 'back-red-flags-soon';
UPDATE caution SET title_es = 'Fiebre o infección',
    explanation_es = 'La fiebre indica que tu cuerpo ya está luchando contra una infección. El masaje y el ejercicio suponen un esfuerzo más, y la presión puede ocultar o empeorar un problema.',
    advice_es = 'Descansa y espera hasta llevar uno o dos días encontrándote bien otra vez. Si la fiebre viene con dolor de espalda o de vientre, ve al médico.',
    question_es = '¿Tienes fiebre, sensación de calor con escalofríos o te encuentras mal por una infección hoy?',
    question_items_es = NULL
WHERE code = 'fever';
UPDATE caution SET title_es = 'Coágulos de sangre',
    explanation_es = 'Amasar o hacer rodar la cara interna del muslo trabaja a lo largo de la gran vena que sube hasta la ingle. Presionar un coágulo podría soltarlo y enviarlo a los pulmones.',
    advice_es = 'No hagas masaje ni uses el rodillo en las piernas. Una pantorrilla o un muslo hinchados, calientes, enrojecidos o doloridos necesitan un médico ese mismo día. La falta de aire repentina o el dolor en el pecho necesitan que llames ahora al número de emergencias.',
    question_es = '¿Has tenido alguna vez un coágulo en una pierna o en un pulmón, o podrías tenerlo ahora, con una pantorrilla o un muslo hinchados, calientes, enrojecidos o doloridos?',
    question_items_es = NULL
WHERE code = 'blood-clots';
UPDATE caution SET title_es = 'Aneurisma de aorta',
    explanation_es = 'Un aneurisma es una zona débil y ensanchada de la arteria principal, que baja por el centro del vientre. Presionar hondo en el vientre cerca de ella podría dañarla.',
    advice_es = 'No hagas ninguna presión sobre el vientre y pregunta a tu especialista qué ejercicio te conviene. Un dolor repentino e intenso en el vientre o la espalda necesita que llames ahora al número de emergencias.',
    question_es = '¿Te han dicho que tienes un aneurisma de aorta (la arteria principal del vientre ensanchada)?',
    question_items_es = NULL
WHERE code = 'aortic-aneurysm';
UPDATE caution SET title_es = 'Operación reciente',
    explanation_es = 'Las cicatrices y los tejidos que están curando se resienten fácilmente con la presión, el estiramiento o el esfuerzo de tensar el tronco. Las capas profundas tardan más en curar de lo que la piel hace pensar.',
    advice_es = 'Espera a que tu cirujano o tu fisioterapeuta te digan que este tipo de trabajo es seguro, normalmente al menos 3 meses después de la operación. Hasta entonces, elige rutinas que no toquen la zona operada.',
    question_es = '¿Te han operado del vientre, la pelvis, la ingle o la cadera en los últimos 3 meses, o de algo tras lo que tu cirujano aún no te ha dado el alta?',
    question_items_es = NULL
WHERE code = 'recent-surgery';
UPDATE caution SET title_es = 'Lesión reciente',
    explanation_es = 'Una caída, un tirón o un esguince recientes necesitan tiempo para curar, y la presión o el estiramiento pueden retrasarlo. Una lesión también puede ocultar un daño que hay que revisar antes.',
    advice_es = 'Haz que un médico o un fisioterapeuta revise la lesión y pregúntale qué movimientos son seguros. Hasta entonces, trabaja solo zonas bien alejadas de ella. Cuando te den el visto bueno, sé suave cerca de la zona lesionada.',
    question_es = 'En las últimas 6 semanas, ¿te has hecho daño en la espalda, la cadera, la ingle o la pelvis por una caída, un tirón o un esguince que nadie ha revisado? Tus molestias y tu rigidez habituales, las que ya conoces, no cuentan.',
    question_items_es = NULL
WHERE code = 'recent-injury';
UPDATE caution SET title_es = 'Hernia',
    explanation_es = 'Presionar el vientre o la ingle, y hacer fuerza en los ejercicios de abdomen, aumenta la presión dentro del vientre. Esa presión puede empujar sobre un punto débil de la pared abdominal.',
    advice_es = 'Pregunta a un médico o a un fisioterapeuta si esta rutina te conviene. Si te dicen que sí, mantén ligera la presión sobre el vientre y la ingle. No hagas fuerza ni aguantes nunca la respiración.',
    question_es = '¿Tienes una hernia, o un bulto en el vientre o la ingle que nadie ha revisado?',
    question_items_es = NULL
WHERE code = 'hernia';
UPDATE caution SET title_es = 'Embarazo',
    explanation_es = 'La presión profunda sobre el vientre no es adecuada durante el embarazo. Además, a medida que crece el bebé, pasar mucho rato tumbada boca arriba o boca abajo resulta incómodo y puede hacer que te marees.',
    advice_es = 'No presiones el vientre ni el psoas hasta después del parto. Para otras rutinas, pregunta antes a tu matrona o a tu médico. Si te dicen que sí, pasa poco tiempo tumbada boca arriba: incorpórate con apoyos o túmbate de lado.',
    question_es = '¿Estás embarazada, o podrías estarlo?',
    question_items_es = NULL
WHERE code = 'pregnancy';
UPDATE caution SET title_es = 'Después del parto',
    explanation_es = 'La pared del vientre, el suelo pélvico y cualquier cicatriz necesitan tiempo para recuperarse tras el parto. Suele llevar 6 semanas, y más después de una cesárea.',
    advice_es = 'Pregunta a tu matrona, a tu médico o a un fisioterapeuta de suelo pélvico antes de presionar el vientre o de trabajar el abdomen. El trabajo de abdomen más intenso suele esperar 6 semanas, o 12 después de una cesárea. Para si notas pesadez o pérdidas de orina.',
    question_es = '¿Has dado a luz en las últimas 12 semanas?',
    question_items_es = NULL
WHERE code = 'after-childbirth';
UPDATE caution SET title_es = 'Intestino inflamado',
    explanation_es = 'Presionar un intestino inflamado, o un tejido hinchado y caliente, puede aumentar el dolor y la irritación.',
    advice_es = 'Espera a que el brote se haya calmado. Si tienes una enfermedad intestinal como la enfermedad de Crohn o la colitis ulcerosa, pregunta a tu médico si el trabajo sobre el vientre te conviene entre brotes.',
    question_es = '¿Tienes ahora mismo un brote de una enfermedad intestinal, o tienes el vientre hinchado, caliente o inflamado?',
    question_items_es = NULL
WHERE code = 'digestive-inflammatory';
UPDATE caution SET title_es = 'Dolor de vientre nuevo',
    explanation_es = 'Un dolor de vientre nuevo o que cambia puede venir de los órganos, no de los músculos. Presionar puede ocultar o empeorar un problema que necesita diagnóstico.',
    advice_es = 'Haz que un médico revise el dolor antes de presionar el vientre. Un dolor repentino o intenso, o un dolor con vómitos o fiebre, necesita atención ese mismo día.',
    question_es = '¿Tienes un dolor de vientre nuevo o que está cambiando y que nadie ha revisado?',
    question_items_es = NULL
WHERE code = 'new-belly-pain';
UPDATE caution SET title_es = 'Justo después de una comida abundante',
    explanation_es = 'Presionar el estómago y el intestino llenos resulta incómodo y puede provocar náuseas o reflujo.',
    advice_es = 'Espera de 1 a 2 horas después de una comida abundante antes de presionar el vientre. Un tentempié ligero no cuenta.',
    question_es = '¿Has hecho una comida abundante en las últimas 1 a 2 horas?',
    question_items_es = NULL
WHERE code = 'after-meal';
UPDATE caution SET title_es = 'Medicamentos anticoagulantes',
    explanation_es = 'Los medicamentos que hacen la sangre más líquida aumentan la probabilidad de moratones y sangrado bajo la piel, sobre todo con presión profunda o mantenida.',
    advice_es = 'Usa solo presión ligera y pregunta a tu médico o farmacéutico antes de cualquier trabajo más profundo. Para y avisa a tu médico si te salen moratones después de una sesión.',
    question_es = '¿Tomas algún medicamento que hace la sangre más líquida, como warfarina, apixabán o rivaroxabán, o te salen moratones o sangras con facilidad?',
    question_items_es = NULL
WHERE code = 'blood-thinners';
UPDATE caution SET title_es = 'Osteoporosis o huesos frágiles',
    explanation_es = 'Los huesos frágiles pueden fisurarse con una presión firme, con el rodillo o con un giro bajo carga. Bajar al suelo, o rodar desde el borde de una cama, también supone riesgo de caída.',
    advice_es = 'Pregunta a tu médico o a tu fisioterapeuta qué rutinas te convienen. Mantén la presión ligera o moderada y lejos de los huesos. No pases el rodillo sobre hueso ni gires el tronco bajo carga. Baja al suelo o a la cama y levántate despacio.',
    question_es = '¿Tienes osteoporosis, o te han dicho que tus huesos son frágiles?',
    question_items_es = NULL
WHERE code = 'fragile-bones';
UPDATE caution SET title_es = 'Prótesis de cadera',
    explanation_es = 'Después de una prótesis de cadera, doblar mucho la cadera, girar la rodilla hacia dentro y cruzar la pierna por delante de la línea media pueden forzar la nueva articulación.',
    advice_es = 'Pregunta a tu cirujano o a tu fisioterapeuta qué movimientos de cadera puedes hacer. Mientras no lo sepas, no dobles mucho la cadera, no cruces las piernas ni gires la rodilla hacia dentro. Sáltate cualquier paso que lo pida.',
    question_es = '¿Te han puesto una prótesis de cadera?',
    question_items_es = NULL
WHERE code = 'hip-replacement';
UPDATE caution SET title_es = 'Dolor pélvico',
    explanation_es = 'El dolor pélvico persistente suele ir unido a un suelo pélvico que ya está apretado. Apretarlo aún más puede empeorar el dolor, y hay que descartar otras causas.',
    advice_es = 'Pide una valoración a un fisioterapeuta de suelo pélvico. Hasta entonces, practica soltar el suelo pélvico en lugar de apretarlo.',
    question_es = '¿Tienes dolor persistente en la pelvis o en el suelo pélvico, o dolor en las relaciones sexuales o al orinar?',
    question_items_es = NULL
WHERE code = 'pelvic-pain';
UPDATE caution SET title_es = 'Equilibrio y caídas',
    explanation_es = 'Los estiramientos de pie, ponerte de rodillas y levantarte del suelo o del borde de una cama pueden hacerte perder el equilibrio.',
    advice_es = 'Apóyate en una silla o en una pared y, si puedes, ten a alguien cerca. Pasa de tumbado a sentado, y de sentado a de pie, despacio.',
    question_es = '¿Tienes problemas de equilibrio, o te has caído en el último año?',
    question_items_es = NULL
WHERE code = 'balance';
UPDATE caution SET title_es = 'Varices',
    explanation_es = 'Las varices son venas dilatadas y debilitadas cerca de la piel. Presionarlas o pasar el rodillo sobre ellas puede dañarlas y causar moratones.',
    advice_es = 'Haz pasadas ligeras junto a las venas, nunca encima. Sáltate cualquier zona donde las venas sean grandes o estén sensibles.',
    question_es = '¿Tienes varices grandes en la cara interna del muslo?',
    question_items_es = NULL
WHERE code = 'varicose-veins';
UPDATE caution SET title_es = 'Un pulso bajo los dedos',
    explanation_es = 'Un latido bajo los dedos en el vientre o en la ingle significa que estás sobre un vaso sanguíneo grande: la arteria principal del vientre, una de sus ramas o la arteria de la parte alta del muslo. Estos vasos no se deben presionar.',
    advice_es = 'Afloja la presión enseguida. Desplaza los dedos de 3 a 5 cm más hacia fuera y vuelve a hundirlos con más suavidad. Si no encuentras un punto sin pulso, sáltate ese paso.',
    question_es = NULL,
    question_items_es = NULL
WHERE code = 'abdominal-pulse';
UPDATE caution SET title_es = 'Presionar sobre hueso',
    explanation_es = 'Los salientes de hueso, como la columna, el borde de la pelvis y los huesos de la cadera, no se ablandan con la presión. Presionarlos o pasar el rodillo sobre ellos puede magullar los tejidos e irritar las articulaciones.',
    advice_es = 'Mantén las manos, la pelota o el rodillo sobre músculo blando. Trabaja junto a la columna, nunca encima. Rodea los huesos de la cadera en lugar de pasar por encima.',
    question_es = NULL,
    question_items_es = NULL
WHERE code = 'bone';
UPDATE caution SET title_es = 'Señales para parar',
    explanation_es = 'Un dolor agudo o punzante, mareo, náuseas, adormecimiento u hormigueo indican que se está irritando un nervio, un vaso sanguíneo o una zona lesionada. La molestia normal del masaje es sorda y se alivia al respirar.',
    advice_es = 'Para enseguida, sal de la postura despacio y descansa. Si la sensación no desaparece en unos minutos, o vuelve una y otra vez, consulta a un profesional sanitario antes de intentarlo de nuevo.',
    question_es = NULL,
    question_items_es = NULL
WHERE code = 'stop-signs';

-- Catalog routines, by slug.
UPDATE routine SET title_es = 'Masaje de la cara interna del muslo, sentado y tumbado',
    summary_es = 'Amasa y desliza las manos por la cara interna de los muslos sentado, y termina tumbado con círculos del antebrazo y un descanso con apoyo.',
    benefits_es = 'Los músculos de la cara interna del muslo ayudan a estabilizar la pelvis y suelen tensarse junto con las caderas y la zona lumbar. Amasar y deslizar despacio desde la rodilla hacia la ingle, y después presionar con suavidad con el antebrazo, puede aliviar los puntos sensibles. También puede ayudar a que los muslos se noten más sueltos y a que las rodillas se abran con más comodidad.'
WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Relajación nocturna con un cojín alargado',
    summary_es = 'Una rutina lenta y con apoyo para el final del día: descanso sobre un cojín alargado, círculos suaves en el vientre y las caderas, estiramientos suaves de rodilla al pecho y un descanso final largo.',
    benefits_es = 'Descansar con un cojín alargado bajo las rodillas descarga la zona lumbar, y elevar la pelvis deja que la parte delantera de las caderas se abra sin esfuerzo. Junto con un trabajo suave con las manos y una respiración lenta, puede ayudar a que el vientre, las caderas y el suelo pélvico se suelten después de un día sentado, y a que te cueste menos relajarte antes de dormir.'
WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Relajación pélvica diaria',
    summary_es = 'Una rutina corta para cada día que recorre el bajo vientre, las caderas, la cara interna de los muslos, el psoas y la zona lumbar con una presión ligera de las manos.',
    benefits_es = 'Unos minutos al día de trabajo tranquilo con las manos pueden ayudar a soltar los músculos que sostienen la pelvis: la pared del vientre, la parte delantera de las caderas, la cara interna de los muslos, el psoas y la zona lumbar. Si lo haces con regularidad, es una forma sencilla de notar dónde acumulas tensión y de dejar que la respiración se calme. También puede aliviar la rigidez que dejan muchas horas sentado. Todo el trabajo es externo y ligero; solo llegas tan hondo como te resulte cómodo.'
WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Pausa en el escritorio para caderas y espalda',
    summary_es = 'Una pausa de cinco minutos para dejar de estar sentado: basculaciones de pelvis, trabajo de la cara interna del muslo y un masaje con los nudillos en la zona lumbar en tu silla, y luego un estiramiento de los flexores de la cadera de pie.',
    benefits_es = 'Pasar muchas horas en una silla mantiene acortados los flexores de la cadera y quietas la cara interna de los muslos y la zona lumbar. Unos minutos de movimiento y de trabajo con las manos en tu escritorio pueden romper esa rigidez y ayudarte a sentarte más erguido. También te recuerda que te levantes a menudo. No necesitas material y puedes hacerla con la ropa de trabajo.'
WHERE slug = 'desk-break' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Liberación con rodillo de espuma para caderas y espalda',
    summary_es = 'Usa un rodillo de espuma en la parte delantera de las caderas, las nalgas y la cara interna de los muslos, parando en los puntos sensibles, y descansa luego con la pelvis elevada sobre el rodillo.',
    benefits_es = 'Con un rodillo de espuma, el peso de tu cuerpo hace el trabajo sobre zonas más amplias. Rodar despacio y parar un momento en los puntos tensos puede aliviar la tensión en la parte delantera de las caderas, las nalgas y la cara interna de los muslos. Eso también puede quitar algo de carga al psoas y a la zona lumbar. Es más firme que el trabajo con las manos, así que ve aumentando poco a poco.'
WHERE slug = 'foam-roller-release' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Activación suave del abdomen',
    summary_es = 'Despierta el suelo pélvico y los abdominales profundos, y luego avanza poco a poco con una plancha adaptada, una bicicleta lenta y un giro suave sentado.',
    benefits_es = 'Un psoas que tiene que compensar un abdomen débil puede seguir tenso. Estos ejercicios trabajan el suelo pélvico, los músculos profundos del vientre y los músculos de los lados de la cintura, que ayudan a sostener la columna y la pelvis. Las repeticiones son moderadas, así que puedes mantener una buena técnica e ir aumentando con el tiempo.'
WHERE slug = 'gentle-core-activation' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Fortalecimiento suave de glúteos e isquiotibiales',
    summary_es = 'Puentes, almejas, elevaciones laterales de pierna y una extensión de pierna de pie. Trabajan los músculos de la parte posterior de las caderas y los muslos.',
    benefits_es = 'Unos glúteos e isquiotibiales fuertes equilibran la tracción de los flexores de la cadera por delante. Fortalecerlos puede ayudar a que la pelvis se mantenga estable y quitar algo de carga a un psoas tenso y a la zona lumbar. Las repeticiones son moderadas, así que puedes mantener una buena técnica e ir añadiendo más con las semanas.'
WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Estiramientos para las caderas y la zona lumbar',
    summary_es = 'Una serie de estiramientos mantenidos para la zona lumbar, el psoas y los flexores de la cadera y la cara interna de los muslos, que termina con un descanso sobre un cojín alargado.',
    benefits_es = 'Estirar después del masaje puede ayudarte a conservar la soltura que has ganado. Las basculaciones de pelvis pueden soltar la zona lumbar. La rodilla al pecho y la zancada de rodillas alargan el psoas y los flexores de la cadera, y la mariposa abre la cara interna de los muslos. Mantener posturas cortas y repetidas con una respiración tranquila es suave para el cuerpo y fácil de encajar en el día.'
WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Círculos en el bajo vientre',
    summary_es = 'Círculos lentos y ligeros con la mano en el bajo vientre, primero en el sentido de las agujas del reloj y luego en sentido contrario, al ritmo de una respiración tranquila.',
    benefits_es = 'Los círculos ligeros en el bajo vientre, junto con una respiración lenta, pueden ayudar a que la pared del vientre suelte la tensión contenida y a que la respiración baje. A muchas personas les resulta calmante al final del día. La presión es ligera en todo momento.'
WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Liberación de la zona lumbar con una pelota de tenis',
    summary_es = 'Calienta la zona lumbar con las manos y luego rueda y descansa sobre una pelota de tenis colocada junto a la columna, un lado cada vez.',
    benefits_es = 'El peso de tu cuerpo sobre una pelota de tenis llega a capas de los músculos de la espalda más profundas de lo que alcanzan fácilmente las manos. Rodar despacio junto a la columna y parar en los puntos sensibles puede aliviar el dolor sordo y la rigidez que deja en la zona lumbar estar mucho tiempo sentado. Un estiramiento suave de rodilla al pecho puede ayudarte a terminar relajado.'
WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Estiramientos para la nalga y el piriforme',
    summary_es = 'Estiramientos mantenidos para los músculos profundos de la nalga, primero tumbado boca arriba y luego sentado en una silla.',
    benefits_es = 'El piriforme y los demás músculos profundos de la nalga pueden tensarse al estar mucho tiempo sentado. Un piriforme tenso puede presionar el nervio ciático. Los estiramientos suaves y mantenidos pueden aliviar un dolor profundo en la nalga y ayudar a que las caderas giren con más libertad. El estiramiento sentado cabe en una jornada de trabajo.'
WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Liberación del psoas con pelota, boca arriba',
    summary_es = 'Túmbate boca arriba con las rodillas dobladas. Deja que una pelota blanda bajo tus manos se hunda junto al ombligo. Luego llévala despacio hacia la parte delantera de la cadera.',
    benefits_es = 'Estar boca arriba mantiene el vientre blando, y tus manos deciden hasta dónde se hunde la pelota. A algunas personas les resulta más fácil que tumbarse boca abajo sobre una pelota. Una presión constante y una respiración lenta pueden ayudar a que un psoas tenso se suelte. Eso puede aliviar la rigidez en la parte delantera de la cadera y en la zona lumbar después de estar mucho tiempo sentado.'
WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Liberación del psoas con pelota en postura de esfinge',
    summary_es = 'Túmbate boca abajo apoyado en los codos, con una pelota de masaje blanda a un lado del ombligo, y deja que el peso de tu cuerpo y la respiración suelten el psoas.',
    benefits_es = 'En la postura de esfinge, el peso de tu cuerpo da una presión constante y uniforme, así que tienes las manos libres y los brazos controlan hasta dónde llegas. Respirar despacio contra la pelota, y moverla poco a poco a lo largo del músculo, puede ayudar a que un psoas tenso se relaje y a aliviar la tracción que ejerce sobre la zona lumbar y la parte delantera de la cadera.'
WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Liberación del psoas con las manos',
    summary_es = 'Localiza el psoas a través del bajo vientre, apóyate en él con una presión constante de las yemas y respiraciones lentas, y luego desliza la pierna para alargarlo.',
    benefits_es = 'El psoas va en profundidad desde la parte baja de la columna hasta el muslo y tiende a acortarse al estar mucho tiempo sentado. Una presión constante y paciente de tus propias yemas, con respiración lenta y un movimiento suave de la pierna, puede ayudar a que se suelte. Eso puede aliviar la tensión en la parte delantera de la cadera y en la zona lumbar. Usar las manos te deja notar exactamente dónde estás y mantener la presión entre ligera y moderada.'
WHERE slug = 'psoas-release-hands' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Liberación del psoas tumbado de lado',
    summary_es = 'Tumbado de lado, suelta los músculos de la espalda junto a la parte baja de la columna y luego llega al psoas por la parte delantera de la cadera, un lado cada vez.',
    benefits_es = 'Tumbarte de lado es cómodo y deja a tu alcance tanto la espalda como la parte delantera de la cadera. Por detrás llegas a los músculos que hay junto a la parte baja de la columna: el cuadrado lumbar y los músculos largos de la espalda. El psoas está más profundo y solo se alcanza por delante, justo por dentro del hueso de la cadera. Trabajar despacio sobre ambos puede aliviar la rigidez profunda de esa zona. Esta postura conviene a quien se encuentra incómodo tumbado boca arriba o boca abajo.'
WHERE slug = 'psoas-side-lying' AND owner_id IS NULL;
UPDATE routine SET title_es = 'Autoevaluación con el test de Thomas',
    summary_es = 'Una autoevaluación rápida de la tensión en los flexores de la cadera: túmbate hacia atrás desde el extremo de una cama, abraza una rodilla y observa dónde se queda el otro muslo.',
    benefits_es = 'El test de Thomas muestra si el psoas y los demás flexores de la cadera de cada lado dejan que el muslo baje hasta su punto normal de reposo. Comprobar los dos lados antes y después de unas semanas de masaje y estiramientos te da una forma sencilla de notar el cambio. Es una orientación aproximada para tu propia práctica, no un diagnóstico.'
WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL;

-- Steps of catalog routines, by the routine's slug and the step's number.
UPDATE step SET title_es = 'Calienta la cara interna del muslo',
    instructions_es = 'Siéntate con las piernas estiradas o cruzadas sin apretar. Frota y aprieta con suavidad la cara interna de un muslo con las dos manos para calentarla.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Para a un ancho de mano por debajo del pliegue de la ingle y no toques las venas visibles. Si notas un pulso, afloja y baja más por el muslo.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Amasa de la rodilla a la ingle',
    instructions_es = 'Sujeta los músculos de la cara interna del muslo entre las manos. Amásalos y hazlos rodar, empezando justo por encima de la rodilla. Sube poco a poco hacia la ingle.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Para a un ancho de mano por debajo del pliegue de la ingle y no toques las venas visibles. Si notas un pulso, afloja y baja más por el muslo.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Desliza por la cara interna del muslo',
    instructions_es = 'Usa el talón de la mano. Deslízala despacio desde encima de la rodilla hacia la ingle en tres líneas: delante, en medio y detrás de la cara interna del muslo. Para antes del pliegue de la parte alta de la pierna.',
    breathing_cue_es = 'Suelta el aire en cada pasada lenta',
    safety_cue_es = 'Para a un ancho de mano por debajo del pliegue de la ingle y no toques las venas visibles. Si notas un pulso, afloja y baja más por el muslo.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Mantén la presión en los puntos sensibles',
    instructions_es = 'Vuelve a cualquier punto que notaras sensible. Presiona y mantén con los pulgares hasta que se alivie un poco. No empujes hasta sentir dolor.',
    breathing_cue_es = 'Respira despacio mientras mantienes',
    safety_cue_es = 'Para a un ancho de mano por debajo del pliegue de la ingle y no toques las venas visibles. Si notas un pulso, afloja y baja más por el muslo.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Círculos con el antebrazo, tumbado',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas. Deja caer una rodilla hacia un lado sobre un cojín. Apoya el antebrazo en la cara interna de ese muslo. Haz círculos lentos y suaves.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Para a un ancho de mano por debajo del pliegue de la ingle y no toques las venas visibles. Si notas un pulso, afloja y baja más por el muslo.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Deja que las rodillas se abran',
    instructions_es = 'Junta las plantas de los pies y deja que las dos rodillas caigan hacia fuera. Apóyalas en cojines si lo necesitas. Quédate así y deja que la cara interna de los muslos y el suelo pélvico se ablanden.',
    breathing_cue_es = 'Deja que el suelo pélvico se ablande cada vez que sueltas el aire',
    safety_cue_es = NULL
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descansa con el cojín bajo las rodillas',
    instructions_es = 'Túmbate boca arriba con un cojín alargado o una manta enrollada bajo las rodillas. Deja los brazos a los lados. Respira despacio y deja que la zona lumbar se hunda hacia el suelo.',
    breathing_cue_es = 'Haz que cada espiración sea larga y lenta',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET title_es = 'Círculos ligeros en el vientre',
    instructions_es = 'Mantén el cojín bajo las rodillas. Apoya las manos en el bajo vientre. Haz círculos lentos y ligeros alrededor del ombligo, en el sentido de las agujas del reloj.',
    breathing_cue_es = 'Lleva el aire hacia tus manos',
    safety_cue_es = 'Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET title_es = 'Círculos suaves en la parte delantera de las caderas',
    instructions_es = 'Lleva las yemas de los dedos justo por dentro del hueso delantero de la cadera de un lado. Haz círculos pequeños y suaves sobre el músculo de esa zona.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Quédate por encima del pliegue de la ingle. Si notas un pulso, afloja y desplázate más hacia fuera, hacia el hueso de la cadera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descansa con la pelvis elevada',
    instructions_es = 'Levanta las caderas y pasa el cojín bajo la pelvis. Estira las dos piernas sobre el suelo. Deja que la parte delantera de las caderas se abra y que el vientre se ablande.',
    breathing_cue_es = 'Respira despacio hacia el vientre',
    safety_cue_es = 'Mantén el cojín bajo la pelvis, no bajo la zona lumbar. Vuelve a doblar las rodillas si te duele la espalda.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET title_es = 'Lleva una rodilla hacia ti',
    instructions_es = 'Sigue sobre el cojín. Lleva despacio una rodilla hacia el pecho mientras la otra pierna descansa estirada. Mantén y luego bájala.',
    breathing_cue_es = NULL,
    safety_cue_es = NULL
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET title_es = 'Rodillas abiertas, plantas juntas',
    instructions_es = 'Quita el cojín. Junta las plantas de los pies. Deja que las rodillas caigan hacia fuera sobre cojines. Descansa así y deja que la cara interna de los muslos se ablande.',
    breathing_cue_es = 'Deja que el suelo pélvico se ablande al soltar el aire',
    safety_cue_es = NULL
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descanso final',
    instructions_es = 'Vuelve a poner el cojín bajo las rodillas. Descansa con las manos sobre el vientre. Deja que el vientre, las caderas y el suelo pélvico se relajen con cada respiración.',
    breathing_cue_es = NULL,
    safety_cue_es = NULL
WHERE step_order = 7 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET title_es = 'Acomódate y respira',
    instructions_es = 'Túmbate en una esterilla con las rodillas dobladas y los pies apoyados. Apoya las manos en el bajo vientre. Haz unas cuantas respiraciones lentas y deja que el vientre suba bajo tus manos.',
    breathing_cue_es = 'Haz que cada espiración dure un poco más que la inspiración',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Círculos en el bajo vientre',
    instructions_es = 'Haz círculos lentos por debajo del ombligo con los dedos planos, primero en el sentido de las agujas del reloj y luego en sentido contrario. Empieza muy suave. Añade un poco de presión solo si te sienta bien.',
    breathing_cue_es = 'Respira despacio hacia tus manos',
    safety_cue_es = 'Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Círculos alrededor de las caderas',
    instructions_es = 'Lleva las yemas de los dedos a la zona blanda que hay justo por dentro y por debajo de cada hueso delantero de la cadera. Haz círculos pequeños y suaves alrededor del hueso. Quédate en el tejido blando, no sobre el hueso.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Quédate por encima del pliegue de la ingle. Si notas un pulso, afloja y desplázate más hacia fuera, hacia el hueso de la cadera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Amasa la cara interna de los muslos',
    instructions_es = 'Deja caer una rodilla un poco hacia un lado. Amasa y haz rodar la cara interna de ese muslo con las dos manos. Trabaja desde justo encima de la rodilla hacia la ingle.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Para a un ancho de mano por debajo del pliegue de la ingle y no toques las venas visibles. Si notas un pulso, afloja y baja más por el muslo.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Ablanda el psoas',
    instructions_es = 'Mantén las dos rodillas dobladas y los pies apoyados. Coloca las yemas de los dedos de las dos manos justo por dentro del hueso delantero de una cadera. Deja que se hundan con suavidad. Haz círculos pequeños y lentos. Empieza con ligereza y aumenta solo a medida que la zona se ablanda.',
    breathing_cue_es = 'Respira hondo y deja que el vientre siga blando',
    safety_cue_es = 'Quédate por encima del pliegue de la ingle. Si notas un pulso, afloja y desplázate más hacia fuera, hacia el hueso de la cadera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Suelta la zona lumbar',
    instructions_es = 'Desliza las manos bajo la zona lumbar, con las palmas hacia abajo, una a cada lado de la columna. Deja que las rodillas se balanceen despacio de un lado a otro. Los músculos de la espalda se mueven sobre tus manos al balancearte.',
    breathing_cue_es = 'Deja que la espalda pese más con cada espiración',
    safety_cue_es = 'Mantén las manos junto a la columna, nunca debajo de ella. Balancéate con suavidad y para si se te duermen las manos.'
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Basculaciones de pelvis sentado',
    instructions_es = 'Siéntate cerca del borde de la silla con los pies apoyados. Lleva despacio la pelvis hacia atrás para redondear la zona lumbar. Luego llévala hacia delante para arquear la espalda. Haz una pausa en cada extremo.',
    breathing_cue_es = 'Suelta el aire al redondear y tómalo al arquear',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET title_es = 'Presión con la cara interna de los muslos',
    instructions_es = 'Pon los puños entre las rodillas. Aprieta las rodillas con suavidad contra ellos. Mantén y luego relaja del todo.',
    breathing_cue_es = 'Sigue respirando mientras aprietas',
    safety_cue_es = NULL
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET title_es = 'Amasa la cara interna de los muslos',
    instructions_es = 'Amasa la cara interna de un muslo con las dos manos. Trabaja desde encima de la rodilla hacia la ingle.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Para a un ancho de mano por debajo del pliegue de la ingle y no toques las venas visibles. Si notas un pulso, afloja y baja más por el muslo.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET title_es = 'Masaje con los nudillos en la zona lumbar',
    instructions_es = 'Inclínate un poco hacia delante y cierra los puños sin apretar. Frota con los nudillos en círculos pequeños los músculos de los dos lados de la zona lumbar.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Quédate junto a la columna, nunca encima.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET title_es = 'Estiramiento de los flexores de la cadera de pie',
    instructions_es = 'Ponte de pie y adelanta un pie en una zancada pequeña, con la pierna de atrás estirada. Mantén el tronco erguido. Empuja con suavidad la cadera de atrás hacia delante.',
    breathing_cue_es = 'Respira despacio y mantente erguido',
    safety_cue_es = 'Sujétate al respaldo de la silla o a la mesa para no perder el equilibrio.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET title_es = 'Ponte erguido y respira',
    instructions_es = 'Ponte de pie con el peso repartido entre los dos pies y los hombros relajados. Haz unas cuantas respiraciones lentas antes de volver a sentarte.',
    breathing_cue_es = 'Deja que cada respiración llegue al vientre',
    safety_cue_es = NULL
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET title_es = 'Rueda la parte delantera de la cadera',
    instructions_es = 'Túmbate boca abajo apoyado en los antebrazos, con el rodillo bajo la parte delantera de una cadera, justo por debajo del hueso de la cadera. Rueda con pasadas cortas y lentas entre el hueso de la cadera y la parte alta del muslo.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Quédate por encima del pliegue de la ingle. Si notas un pulso, afloja y desplázate más hacia fuera, hacia el hueso de la cadera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET title_es = 'Para en los puntos tensos',
    instructions_es = 'Para en el punto más tenso. Deja que más peso se hunda en el rodillo. Mantén, afloja y vuelve a mantener.',
    breathing_cue_es = 'Suelta el aire despacio mientras mantienes',
    safety_cue_es = 'Quédate en el músculo por debajo del hueso de la cadera, lejos del pliegue de la ingle. Si notas un pulso u hormigueo, afloja y aparta el rodillo hacia fuera.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET title_es = 'Rueda la nalga',
    instructions_es = 'Siéntate sobre el rodillo y cruza un tobillo sobre la otra rodilla. Inclínate hacia la pierna cruzada. Rueda despacio sobre esa nalga, parando donde notes tensión.',
    breathing_cue_es = NULL,
    safety_cue_es = 'No pases por el coxis ni por el saliente de hueso del lado de la cadera. Sal enseguida si notas un hormigueo que baja por la pierna.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET title_es = 'Rueda la cara interna del muslo',
    instructions_es = 'Túmbate boca abajo apoyado en los antebrazos. Dobla una rodilla hacia un lado y coloca el rodillo bajo la cara interna de ese muslo. Rueda despacio desde justo encima de la rodilla hacia la ingle.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Para a un ancho de mano por debajo del pliegue de la ingle y no toques las venas visibles. Si notas un pulso, afloja y rueda más abajo en el muslo.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descansa con la pelvis sobre el rodillo',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas y los pies apoyados. Levanta las caderas y pasa el rodillo de través bajo la pelvis. Baja la pelvis sobre él. Estira una pierna sobre el suelo y deja que la parte delantera de esa cadera se abra.',
    breathing_cue_es = 'Respira despacio y deja que el vientre se ablande',
    safety_cue_es = 'Mantén el rodillo bajo la pelvis, nunca bajo la zona lumbar. Levanta las caderas para quitarlo.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET title_es = 'Contracción del suelo pélvico',
    instructions_es = 'Siéntate erguido en una silla con los pies apoyados. Primero suelta del todo el suelo pélvico. Elévalo y apriétalo con suavidad, como si retuvieras un gas. Mantén y luego suéltalo por completo antes de la siguiente contracción.',
    breathing_cue_es = 'Sigue respirando; no aguantes la respiración',
    safety_cue_es = 'No lo practiques nunca mientras orinas. Si notas el suelo pélvico ya tenso o dolorido, relájalo en lugar de apretarlo.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Activa los abdominales profundos',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas y los pies apoyados. Lleva con suavidad el ombligo hacia la columna. Mantén esa activación ligera durante unas cinco respiraciones lentas. Luego suelta.',
    breathing_cue_es = 'Lleva el aire hacia los lados de las costillas mientras mantienes',
    safety_cue_es = 'Sigue respirando todo el rato. Para si se abomba una cresta a lo largo del centro del vientre.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Plancha adaptada',
    instructions_es = 'Apóyate en los antebrazos y las rodillas. Mantén el cuerpo en línea recta de la cabeza a las rodillas. Tensa el vientre con suavidad y mantén. No dejes que las caderas se hundan.',
    breathing_cue_es = 'Respira de forma regular todo el rato',
    safety_cue_es = 'Si te duele la zona lumbar, baja las caderas y prueba a mantener menos tiempo.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Bicicleta lenta',
    instructions_es = 'Túmbate boca arriba con las manos apoyadas con suavidad detrás de la cabeza. Lleva una rodilla hacia el pecho mientras estiras la otra pierna. Cambia de pierna despacio, como si pedalearas en bicicleta.',
    breathing_cue_es = 'Suelta el aire cada vez que una rodilla se acerca',
    safety_cue_es = 'Mantén la zona lumbar apoyada en el suelo. No tires del cuello.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Giro suave sentado',
    instructions_es = 'Siéntate en el suelo con las rodillas dobladas y los pies apoyados. Inclínate hacia atrás solo un poco, con la columna larga. Cruza los brazos sobre el pecho. Gira despacio la parte superior del cuerpo hacia un lado y luego hacia el otro.',
    breathing_cue_es = 'Suelta el aire al girar',
    safety_cue_es = 'No uses peso y haz un giro pequeño. Si tienes los huesos frágiles o dolor de espalda, siéntate erguido en lugar de inclinarte hacia atrás.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Suéltalo todo',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas y descansa. Deja que el vientre y el suelo pélvico se relajen del todo después del trabajo.',
    breathing_cue_es = 'Espiraciones largas y lentas',
    safety_cue_es = NULL
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET title_es = 'Basculaciones de pelvis para calentar',
    instructions_es = 'Túmbate boca arriba. Dobla las rodillas. Apoya los pies en el suelo. Bascula la pelvis para apretar con suavidad la zona lumbar contra el suelo. Luego deja que vuelva hasta que la espalda se arquee un poco.',
    breathing_cue_es = 'Suelta el aire al aplanar la espalda y tómalo al dejar que se arquee',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET title_es = 'Puente de glúteos',
    instructions_es = 'Apoya los pies en el suelo, separados al ancho de las caderas. Empuja el suelo con los talones. Aprieta los glúteos. Eleva las caderas hasta que el cuerpo forme una línea de los hombros a las rodillas. Baja despacio, vértebra a vértebra.',
    breathing_cue_es = 'Suelta el aire al subir y tómalo al bajar',
    safety_cue_es = 'Sube solo hasta donde la espalda siga cómoda. Mantén el esfuerzo en los glúteos y en la parte de atrás de los muslos.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET title_es = 'Almeja',
    instructions_es = 'Túmbate de lado con las caderas y las rodillas dobladas. Apoya la cabeza en el brazo de abajo. Mantén los pies juntos. Levanta la rodilla de arriba solo hasta donde las caderas sigan quietas. Bájala despacio.',
    breathing_cue_es = 'Suelta el aire al subir la rodilla',
    safety_cue_es = 'Mantén una cadera encima de la otra. No dejes que la cadera de arriba se vaya hacia atrás.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET title_es = 'Elevación lateral de pierna',
    instructions_es = 'Sigue del mismo lado. Estira la pierna de arriba en línea con el cuerpo. Súbela despacio unos 20 cm. Bájala con control.',
    breathing_cue_es = 'Suelta el aire al subir la pierna',
    safety_cue_es = 'Mantén los dedos del pie mirando hacia delante, no hacia arriba.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET title_es = 'Extensión de pierna hacia atrás, de pie',
    instructions_es = 'Gira hasta quedar de lado. Levántate despacio. Ponte de pie detrás de una silla firme. Sujeta el respaldo con las dos manos. Mantén el tronco erguido. Lleva despacio una pierna estirada un poco hacia atrás. Vuelve a apoyar el pie en el suelo.',
    breathing_cue_es = 'Suelta el aire al llevar la pierna hacia atrás',
    safety_cue_es = 'Sujétate a la silla todo el tiempo. Lleva la pierna hacia atrás solo hasta donde la zona lumbar siga quieta.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET title_es = 'Ponte erguido y respira',
    instructions_es = 'Ponte de pie con el peso repartido entre los dos pies. Deja que los glúteos y los muslos se relajen. Haz unas cuantas respiraciones lentas.',
    breathing_cue_es = 'Deja que cada respiración llegue al vientre',
    safety_cue_es = NULL
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET title_es = 'Basculación de pelvis',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas y los pies apoyados. Tensa el vientre con suavidad. Bascula la pelvis para que la zona lumbar se apoye plana en el suelo. Mantén y luego suelta.',
    breathing_cue_es = 'Suelta el aire al bascular',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Rodilla al pecho, la otra pierna estirada',
    instructions_es = 'Estira una pierna sobre el suelo. Abraza la otra rodilla hacia el pecho. Deja pesada la pierna estirada, de modo que notes un estiramiento en la parte delantera de esa cadera.',
    breathing_cue_es = 'Respiraciones lentas; relájate un poco más con cada espiración',
    safety_cue_es = NULL
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Zancada de rodillas para los flexores de la cadera',
    instructions_es = 'Apoya una rodilla en el suelo con el otro pie plano delante. Mantén la espalda erguida. Lleva las caderas hacia delante hasta notar un estiramiento en la parte delantera de la cadera de atrás.',
    breathing_cue_es = 'Respira hondo y alárgate al soltar el aire',
    safety_cue_es = 'Pon un cojín bajo la rodilla apoyada. Sujétate a una silla o a la pared si te notas inestable.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Mariposa',
    instructions_es = 'Siéntate erguido con las plantas de los pies juntas. Deja que las rodillas caigan hacia fuera. Apoya las manos en los tobillos. Inclínate un poco hacia delante desde las caderas.',
    breathing_cue_es = 'Deja que las rodillas bajen un poco con cada espiración',
    safety_cue_es = 'Deja que las rodillas bajen solas. No las empujes nunca hacia abajo.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descanso sobre el cojín alargado',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas. Levanta las caderas y pasa un cojín alargado bajo la pelvis. Lleva despacio una rodilla hacia el pecho mientras el otro pie sigue en el suelo. Mantén y luego bájala.',
    breathing_cue_es = 'Respira despacio y deja que el vientre se ablande',
    safety_cue_es = 'Mantén el cojín bajo la pelvis, no bajo la zona lumbar.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Respira hacia tus manos',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas. Apoya las dos manos en el bajo vientre. Respira despacio para que el vientre suba bajo tus manos y luego se aleje de ellas.',
    breathing_cue_es = 'Toma el aire por la nariz y suéltalo despacio por la boca',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET title_es = 'Calienta con las manos planas',
    instructions_es = 'Coloca una palma plana sobre el ombligo. Muévela en círculos amplios y lentos para calentar la piel y la pared del vientre.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Haz este contacto ligero, moviendo solo la piel. Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET title_es = 'Círculos en el sentido de las agujas del reloj',
    instructions_es = 'Haz círculos pequeños y lentos en el bajo vientre con las yemas planas. Recorre el ombligo en el sentido de las agujas del reloj: sube por tu lado derecho, cruza y baja por tu lado izquierdo.',
    breathing_cue_es = 'Mantén la respiración lenta y baja',
    safety_cue_es = 'Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET title_es = 'Círculos en sentido contrario',
    instructions_es = 'Cambia de sentido. Sigue con los mismos círculos pequeños en sentido contrario a las agujas del reloj, con un contacto ligero y uniforme.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET title_es = 'Húndete un poco',
    instructions_es = 'Si te resulta cómodo, deja que los dedos se hundan un poco al soltar el aire. Afloja al tomarlo. Sigue moviéndote en círculos lentos.',
    breathing_cue_es = 'Presiona al soltar el aire y afloja al tomarlo',
    safety_cue_es = 'No pases de una presión ligera, 3 sobre 10 como mucho. Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descansa',
    instructions_es = 'Deja las manos quietas sobre el vientre. Haz unas cuantas respiraciones lentas. Deja que el vientre, las caderas y el suelo pélvico se relajen.',
    breathing_cue_es = NULL,
    safety_cue_es = NULL
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET title_es = 'Calienta con las manos',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas. Desliza las manos bajo la zona lumbar, con las palmas hacia abajo, una a cada lado de la columna. Dibuja círculos lentos y pequeños con las rodillas. Los músculos de la espalda se mueven sobre tus manos.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Mantén las manos junto a la columna, nunca debajo de ella.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET title_es = 'Coloca la pelota',
    instructions_es = 'Pon una pelota de tenis bajo el músculo que hay justo al lado de la columna, un poco por encima de la pelvis. Deja caer tu peso sobre ella poco a poco.',
    breathing_cue_es = 'Suelta el aire mientras dejas que tu peso se asiente',
    safety_cue_es = 'Quédate junto a la columna, nunca encima. Para por debajo de las últimas costillas, donde están los riñones.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET title_es = 'Rueda despacio',
    instructions_es = 'Empuja con suavidad con los pies para hacer rodar la pelota arriba y abajo por el músculo. Rueda entre la parte alta de la pelvis y las últimas costillas. Haz el movimiento pequeño y lento.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Quédate junto a la columna, nunca encima. Para por debajo de las últimas costillas, donde están los riñones.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET title_es = 'Para en los puntos sensibles',
    instructions_es = 'Para en cualquier punto sensible y apoya ahí tu peso. Quédate hasta que la sensibilidad se alivie un poco.',
    breathing_cue_es = 'Respiraciones lentas; ablándate con cada espiración',
    safety_cue_es = 'Quédate junto a la columna, nunca encima. Afloja enseguida si notas hormigueo o un dolor agudo.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET title_es = 'Termina con la rodilla al pecho',
    instructions_es = 'Quita la pelota. Lleva una rodilla hacia el pecho con las manos. Mantén un momento y luego bájala.',
    breathing_cue_es = NULL,
    safety_cue_es = NULL
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET title_es = 'Acomódate boca arriba',
    instructions_es = 'Túmbate boca arriba en una esterilla. Dobla las rodillas. Apoya los pies en el suelo. Deja que los glúteos y la zona lumbar descansen pesados sobre el suelo.',
    breathing_cue_es = 'Haz que cada espiración dure un poco más que la inspiración',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Estiramiento en figura de cuatro',
    instructions_es = 'Cruza un tobillo sobre la rodilla contraria. Deja que la rodilla cruzada se abra con suavidad. Sujeta con las dos manos la parte de atrás del muslo que no está cruzado. Lleva ese muslo despacio hacia el pecho. Para cuando notes un estiramiento en lo profundo de la nalga.',
    breathing_cue_es = 'Suelta el aire al acercar el muslo',
    safety_cue_es = 'Si notas hormigueo o adormecimiento que baja por la pierna, afloja. Para si no desaparece en un minuto.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Rodilla hacia el hombro contrario',
    instructions_es = 'Estira una pierna sobre el suelo. Sujeta la otra rodilla con las dos manos. Llévala despacio hacia arriba y en diagonal hacia el hombro contrario. Mantén las dos caderas en el suelo.',
    breathing_cue_es = 'Respira despacio y deja que la nalga se ablande',
    safety_cue_es = 'Tira con suavidad. Afloja si notas un pinzamiento en la parte delantera de la cadera.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Abraza las dos rodillas',
    instructions_es = 'Lleva las dos rodillas hacia el pecho. Sujétalas con las manos sin apretar. Balancéate con suavidad de un lado a otro si te sienta bien.',
    breathing_cue_es = 'Deja que la zona lumbar se ensanche al tomar el aire',
    safety_cue_es = NULL
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Estiramiento de la nalga sentado',
    instructions_es = 'Gira hasta quedar de lado. Levántate despacio. Siéntate erguido cerca del borde de una silla firme, con los pies apoyados. Apoya un tobillo sobre la rodilla contraria. Mantén la espalda larga. Inclínate despacio hacia delante desde las caderas hasta que la nalga se estire.',
    breathing_cue_es = 'Suelta el aire al inclinarte hacia delante',
    safety_cue_es = 'Inclínate solo hasta donde la espalda siga larga. Si notas hormigueo que baja por la pierna, afloja.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET title_es = 'Túmbate y ablanda el vientre',
    instructions_es = 'Túmbate boca arriba en una esterilla. Dobla las rodillas. Apoya los pies en el suelo, separados al ancho de las caderas. Apoya las manos en el vientre. Deja que suba al tomar el aire.',
    breathing_cue_es = 'Lleva el aire abajo, al vientre, y deja que cada espiración sea larga',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET title_es = 'Localiza el músculo',
    instructions_es = 'Coloca las yemas de los dedos 5 cm por debajo del ombligo y 5 cm hacia un lado. Presiona con suavidad. Levanta ese pie un poco del suelo. El músculo que se endurece en profundidad bajo tus dedos es el psoas. Baja el pie y relájate.',
    breathing_cue_es = 'Respira despacio y mantén el vientre blando',
    safety_cue_es = 'Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Si no encuentras un punto sin pulso, sáltate este paso.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET title_es = 'Coloca la pelota',
    instructions_es = 'Pon una pelota de masaje blanda en el punto que has encontrado. Apoya las dos manos encima de la pelota. Deja que el peso de tus manos la hunda despacio.',
    breathing_cue_es = 'Suelta el aire mientras la pelota se hunde',
    safety_cue_es = 'Si notas un pulso bajo la pelota, levántala y desplázala más hacia fuera. Si no encuentras un punto sin pulso, sáltate este paso.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET title_es = 'Respira contra la pelota',
    instructions_es = 'Hunde la pelota un poco más con las dos manos. Para en una molestia clara y agradable, de 4 a 5 sobre 10. Mantén la pelota quieta. Deja que el músculo se ablande debajo.',
    breathing_cue_es = 'Toma el aire contra la pelota y ablándate un poco más al soltarlo',
    safety_cue_es = 'Si notas un pulso, afloja y desplázate más hacia fuera. Si no encuentras un punto sin pulso, sáltate este paso.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET title_es = 'Baja la pelota poco a poco',
    instructions_es = 'Mantén la misma presión constante sobre la pelota. Cada pocas respiraciones, bájala unos 2 cm. Sigue el músculo hacia abajo, hacia la cara interna del hueso delantero de la cadera. Para por encima del pliegue de la parte alta del muslo.',
    breathing_cue_es = 'Mueve la pelota mientras sueltas el aire',
    safety_cue_es = 'Si notas un pulso, desplázate más hacia fuera. Si no encuentras un punto sin pulso, sáltate este paso. No pongas la pelota sobre el hueso de la cadera.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descansa y compara',
    instructions_es = 'Deja la pelota a un lado. Deja descansar las dos piernas con las rodillas dobladas. Fíjate en cómo notas la parte delantera de cada cadera y la zona lumbar.',
    breathing_cue_es = 'Respiraciones lentas y tranquilas',
    safety_cue_es = NULL
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET title_es = 'Localiza el punto',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas. Pon las yemas de los dedos un poco por debajo del ombligo y hacia un lado. Levanta un poco un pie. El músculo que se endurece ahí es donde irá la pelota. Comprueba los dos lados.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET title_es = 'Acomódate sobre la pelota',
    instructions_es = 'Ponte boca abajo. Coloca una pelota de masaje blanda en el punto que encontraste en un lado. Apóyate en los codos en la postura de esfinge. Deja que tu peso se hunda sobre la pelota poco a poco.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Mantén la pelota al menos a 5 cm del ombligo. Si notas un pulso, levántate y desplaza la pelota más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET title_es = 'Respira hacia la pelota',
    instructions_es = 'Quédate quieto y respira despacio hacia el vientre, contra la pelota. Para más presión, baja el pecho hacia el suelo. Para menos, súbete más sobre los codos.',
    breathing_cue_es = 'Toma el aire contra la pelota y ablándate al soltarlo',
    safety_cue_es = 'Si notas un pulso contra la pelota, levántate y desplázala más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET title_es = 'Baja la pelota',
    instructions_es = 'Desplaza el cuerpo poco a poco para que la pelota baje hacia la parte delantera de la cadera. Para en los puntos sensibles. Detente antes de llegar al hueso de la cadera.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Quédate por encima del pliegue de la ingle. Si notas un pulso, levántate y desplaza la pelota más hacia fuera.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descansa boca arriba',
    instructions_es = 'Quita la pelota. Gira hasta quedar boca arriba con las rodillas dobladas y descansa. Fíjate en cómo notas las caderas y la zona lumbar.',
    breathing_cue_es = 'Respiraciones lentas y tranquilas',
    safety_cue_es = NULL
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET title_es = 'Túmbate y ablanda el vientre',
    instructions_es = 'Túmbate boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de las caderas. Haz unas cuantas respiraciones lentas. Deja que el vientre se ablande.',
    breathing_cue_es = 'Respira abajo, hacia el vientre',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET title_es = 'Localiza el psoas',
    instructions_es = 'Coloca las yemas de los dedos unos 5 cm por debajo del ombligo y hacia un lado. Levanta ese pie de 2 a 3 cm del suelo. El músculo que se endurece en profundidad bajo tus dedos es el psoas. Baja el pie y relájate.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET title_es = 'Húndete despacio',
    instructions_es = 'Presiona despacio hacia abajo y un poco hacia la columna. Llega solo hasta donde el tejido te deje. Mantén una presión constante. Espera a que el músculo se ablande bajo tus dedos.',
    breathing_cue_es = 'Suelta el aire despacio mientras te hundes',
    safety_cue_es = 'Quédate bien apartado del ombligo, hacia un lado. Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET title_es = 'Círculos a lo largo del músculo',
    instructions_es = 'Mantén el contacto y haz círculos pequeños. Cada pocas respiraciones, baja un poco. Ve bajando hacia la cara interna del hueso delantero de la cadera.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Quédate por encima del pliegue de la ingle. Si notas un pulso, afloja y desplázate más hacia fuera, hacia el hueso de la cadera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET title_es = 'Desliza la pierna',
    instructions_es = 'Mantén una presión constante en un punto sensible. Desliza despacio ese talón por el suelo hasta que la pierna quede estirada. Vuelve a deslizarlo hacia ti. Repite despacio.',
    breathing_cue_es = 'Suelta el aire mientras la pierna se alarga',
    safety_cue_es = 'Mantén la presión constante mientras la pierna se mueve, nunca más profunda. Si notas un pulso, afloja y desplázate de 3 a 5 cm más hacia fuera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descansa y compara',
    instructions_es = 'Retira las manos y deja descansar las dos piernas. Fíjate en si hay alguna diferencia entre los dos lados de las caderas y de la zona lumbar.',
    breathing_cue_es = NULL,
    safety_cue_es = NULL
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET title_es = 'Acomódate de lado',
    instructions_es = 'Túmbate sobre el lado derecho, de modo que el lado izquierdo quede hacia arriba. Dobla un poco las rodillas y apoya la cabeza. Pon una almohada entre las rodillas para mantener las caderas niveladas.',
    breathing_cue_es = 'Deja el vientre suelto mientras respiras',
    safety_cue_es = NULL
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Presiona por encima de la pelvis',
    instructions_es = 'Trabaja el lado que queda arriba. Lleva la mano de arriba hacia atrás. Busca el músculo blando junto a la columna, justo por encima de la parte alta de la pelvis. Presiona con suavidad y mantén.',
    breathing_cue_es = 'Suelta el aire al presionar',
    safety_cue_es = 'Quédate junto a la columna, nunca encima. Para por debajo de las últimas costillas, donde están los riñones.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Recorre el borde superior de la pelvis',
    instructions_es = 'Mantén una presión constante. Desliza los dedos despacio por el borde superior de la pelvis, hacia fuera, hacia el lado de la cadera. Quédate sobre el músculo, no sobre el hueso.',
    breathing_cue_es = NULL,
    safety_cue_es = 'No toques la columna ni el borde de hueso de la pelvis. Para por debajo de las últimas costillas, donde están los riñones.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Llega a la parte delantera de la cadera',
    instructions_es = 'Lleva la mano de arriba hacia delante. Coloca las yemas de los dedos justo por dentro del hueso delantero de la cadera. Húndete con suavidad hacia la columna. Mantén ahí mientras respiras.',
    breathing_cue_es = 'Suelta el aire despacio mientras te hundes',
    safety_cue_es = 'Quédate por encima del pliegue de la ingle. Si notas un pulso, afloja y desplázate más hacia fuera, hacia el hueso de la cadera. Sáltate el paso si no encuentras un punto sin pulso.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Descansa de este lado',
    instructions_es = 'Suelta la presión. Descansa sobre este lado durante unas cuantas respiraciones lentas.',
    breathing_cue_es = NULL,
    safety_cue_es = NULL
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET title_es = 'Siéntate en el borde',
    instructions_es = 'Siéntate justo en el extremo de una cama firme o de una mesa resistente. Solo debe quedar apoyada la mitad superior de los muslos.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Comprueba que la cama o la mesa son estables. Ten a alguien cerca si tu equilibrio es inseguro.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE step SET title_es = 'Túmbate hacia atrás abrazando las rodillas',
    instructions_es = 'Abraza las dos rodillas contra el pecho. Rueda despacio hacia atrás hasta quedar tumbado. Mantén las rodillas abrazadas para que la zona lumbar quede plana.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Túmbate hacia atrás despacio y deja la cabeza y los hombros bien apoyados en la cama.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE step SET title_es = 'Baja una pierna',
    instructions_es = 'Sigue abrazando una rodilla. Baja despacio la otra pierna hasta que cuelgue por el borde. Deja que se relaje del todo.',
    breathing_cue_es = 'Suelta el aire y deja que la pierna cuelgue pesada',
    safety_cue_es = NULL
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE step SET title_es = 'Observa el muslo y la rodilla',
    instructions_es = 'Si la parte de atrás del muslo que has bajado se apoya en la cama, los flexores de la cadera tienen una longitud normal. Si se queda por encima de la cama, el psoas y los flexores de la cadera pueden estar tensos. Si además la rodilla se estira, el músculo de la parte delantera del muslo puede estar tenso.',
    breathing_cue_es = NULL,
    safety_cue_es = NULL
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE step SET title_es = 'Termina y compara',
    instructions_es = 'Vuelve a abrazar las dos rodillas y gira hasta quedar de lado. Empuja con las manos para sentarte. Compara los dos lados. Esto no es un diagnóstico. Si un lado te duele o es muy distinto del otro, consulta a un fisioterapeuta.',
    breathing_cue_es = NULL,
    safety_cue_es = 'Quédate sentado un momento antes de ponerte de pie, por si te mareas.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
