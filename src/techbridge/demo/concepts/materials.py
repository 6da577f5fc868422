"""Concepts in materials: advanced materials, chemicals, metals and textiles."""

from techbridge.demo.concepts import concept

CONCEPTS = (
    concept(
        "graphene-thermal-film",
        "new-materials display integrated-circuits",
        """
        Graphene thermal spreading film for smartphones and power electronics
        graphene heat-spreading films
        Thinner phones, 5G chips and power modules concentrate heat in small hot spots, and graphite sheets are reaching their limits in thermal conductivity and thickness.
        Graphene oxide is coated, reduced and graphitised at high temperature into films with a highly ordered layered structure, then calendered to the target density. The films are laminated with adhesive for direct assembly.
        smartphones and tablets; 5G base stations; power modules; LED lighting
        in-plane thermal conductivity above 1,500 W/m·K; thickness from 20 to 200 µm; flexible and bendable; roll-to-roll production
        graphene; thermal management; heat spreader; thermal conductivity; film
        """,
        """
        智能手机与功率电子用石墨烯导热膜
        石墨烯导热膜
        更薄的手机、5G芯片和功率模块使热量集中在狭小热点，石墨片在导热率和厚度方面已接近极限。
        氧化石墨烯经涂布、还原和高温石墨化形成高度有序的层状结构，再压延至目标密度；膜材覆合背胶后可直接装配。
        智能手机和平板电脑；5G基站；功率模块；LED照明
        面内导热系数大于1500W/(m·K)；厚度20～200微米；柔性可弯折；卷对卷生产
        石墨烯；热管理；导热膜；导热系数；散热
        """,
    ),
    concept(
        "self-healing-coating",
        "new-materials chemicals marine",
        """
        Self-healing anti-corrosion coating with microencapsulated inhibitors
        self-healing corrosion protection
        Scratches in protective coatings on steel structures let corrosion start underneath, and repainting offshore and bridge structures is costly and dangerous.
        Microcapsules of healing agent and corrosion inhibitor dispersed in an epoxy primer rupture when the coating is damaged, sealing the scratch and passivating the exposed steel. The primer is compatible with standard topcoats.
        offshore wind and oil platforms; bridges and steel structures; ships; pipelines
        scratches up to 100 µm heal within 24 hours; salt-spray resistance doubled; chromate-free; sprayable with standard equipment
        self-healing coating; anti-corrosion; microcapsule; corrosion inhibitor; protective coating
        """,
        """
        微胶囊缓蚀剂自修复防腐涂层
        自修复防腐涂料
        钢结构防护涂层上的划伤会导致涂层下腐蚀，海上平台和桥梁的重新涂装成本高、风险大。
        分散在环氧底漆中的修复剂和缓蚀剂微胶囊在涂层受损时破裂，封闭划痕并钝化裸露钢材；底漆可与常规面漆配套使用。
        海上风电和油气平台；桥梁及钢结构；船舶；管道
        100微米以内划痕24小时自修复；耐盐雾性能提高一倍；不含铬酸盐；可用常规设备喷涂
        自修复涂层；防腐；微胶囊；缓蚀剂；防护涂料
        """,
    ),
    concept(
        "bio-based-polymer",
        "new-materials chemicals biotechnology",
        """
        Heat-resistant bio-based polyamide from castor oil and sugar-derived monomers
        bio-based engineering plastics
        Car makers and electronics brands want to cut fossil carbon in plastics, but most bio-based polymers lack the heat resistance and toughness of engineering plastics.
        A polyamide made from castor-oil-derived sebacic acid and a bio-based diamine from sugar fermentation is compounded with glass fibre; it matches PA66 in heat resistance and absorbs less water.
        automotive under-the-hood parts; electrical connectors; sports goods; 3D printing filaments
        more than 60% bio-based carbon; heat deflection temperature above 200 °C with glass fibre; 40% lower water absorption than PA66; processable on standard injection moulding machines
        bio-based polymer; polyamide; engineering plastic; castor oil; sustainable materials
        """,
        """
        以蓖麻油和糖基单体制备的耐高温生物基聚酰胺
        生物基工程塑料
        汽车和电子品牌希望减少塑料中的化石碳，但大多数生物基聚合物的耐热性和韧性不及工程塑料。
        以蓖麻油来源的癸二酸和糖发酵制备的生物基二胺合成聚酰胺，经玻纤增强改性后耐热性与PA66相当，吸水率更低。
        汽车发动机舱零部件；电气连接器；体育用品；3D打印耗材
        生物基碳含量大于60%；玻纤增强后热变形温度大于200℃；吸水率比PA66低40%；可在常规注塑机上加工
        生物基材料；聚酰胺；工程塑料；蓖麻油；可持续材料
        """,
    ),
    concept(
        "continuous-flow-api",
        "chemicals biomedicine advanced-manufacturing",
        """
        Continuous-flow microreactor process for hazardous pharmaceutical intermediates
        continuous-flow chemical synthesis
        Nitration, diazotisation and other hazardous reactions are run in large batch reactors where runaway reactions are a constant risk and yields vary from batch to batch.
        Corrosion-resistant silicon carbide microreactors with precise temperature control run these reactions continuously with a hold-up of only a few litres; inline analytics adjust feed rates automatically.
        pharmaceutical intermediates; agrochemicals; fine chemicals and dyes; energetic materials
        reactor hold-up below 5 litres instead of thousands; yields up to 15% higher; residence time of seconds; plant footprint 80% smaller
        continuous flow; microreactor; process intensification; nitration; process safety
        """,
        """
        危险医药中间体连续流微反应工艺
        微通道连续流反应
        硝化、重氮化等危险反应在大型釜式反应器中进行，存在飞温失控风险，批次间收率波动大。
        耐腐蚀碳化硅微反应器精确控温，使这些反应连续进行，持液量仅数升；在线分析仪表自动调节进料速度。
        医药中间体；农药；精细化工与染料；含能材料
        持液量由数千升降至5升以下；收率提高最多15%；停留时间以秒计；装置占地减少80%
        连续流；微反应器；过程强化；硝化反应；本质安全
        """,
    ),
    concept(
        "co2-to-methanol-catalyst",
        "chemicals carbon-neutrality new-energy",
        """
        Copper-zinc-zirconia catalyst for methanol synthesis from captured CO2 and green hydrogen
        CO2-to-methanol conversion
        Methanol made from captured CO2 and green hydrogen could replace fossil methanol in chemicals and shipping, but conventional catalysts deactivate quickly because of the water formed.
        A copper-zinc-zirconia catalyst prepared by a co-precipitation and promoter route resists water-induced sintering, and a reactor design with inter-stage condensation pushes per-pass conversion higher.
        chemical parks with CO2 sources; e-fuel project developers; shipping fuel suppliers; steel and cement plants
        methanol selectivity above 95%; stable for more than 5,000 hours; lower pressure operation at 50 bar; scalable catalyst manufacture
        CO2 hydrogenation; methanol synthesis; catalyst; e-fuel; carbon utilisation
        """,
        """
        二氧化碳加氢制甲醇铜锌锆催化剂
        二氧化碳加氢制甲醇
        以捕集的二氧化碳和绿氢制甲醇可替代化工和航运中的化石甲醇，但传统催化剂因反应生成水而快速失活。
        采用共沉淀与助剂改性制备的铜锌锆催化剂抗水致烧结，结合段间冷凝的反应器设计提高单程转化率。
        拥有二氧化碳排放源的化工园区；电制燃料项目开发商；船用燃料供应商；钢铁和水泥企业
        甲醇选择性大于95%；稳定运行超过5000小时；50bar较低压力运行；催化剂可规模化制备
        二氧化碳加氢；甲醇合成；催化剂；电制燃料；碳利用
        """,
    ),
    concept(
        "water-based-adhesive",
        "chemicals textiles construction",
        """
        Formaldehyde-free water-based adhesives for wood panels and laminates
        formaldehyde-free adhesives
        Urea-formaldehyde glues in particleboard and plywood emit formaldehyde indoors, and regulations and buyers increasingly demand emission-free panels.
        A soy-protein and polyamine-based adhesive cross-linked with a bio-based epoxide cures at conventional hot-press temperatures and gives water-resistant bonds without formaldehyde.
        wood panel and flooring producers; furniture manufacturers; laminates and packaging; construction board makers
        zero added formaldehyde; meets E0 and CARB Phase 2 limits; water-resistant bonds for interior and semi-exterior use; works on existing presses
        adhesive; formaldehyde-free; wood panels; soy protein; bio-based adhesive
        """,
        """
        人造板用无醛水性胶黏剂
        无醛胶黏剂
        刨花板和胶合板中的脲醛胶会在室内释放甲醛，法规和采购方越来越要求无醛板材。
        以大豆蛋白和多胺为基础、生物基环氧交联的胶黏剂在常规热压温度下固化，不含甲醛且胶合耐水。
        人造板和地板企业；家具制造企业；层压板和包装；建筑板材企业
        无醛添加；满足E0级和CARB第二阶段限值；可用于室内和半室外的耐水胶合；适用于现有热压设备
        胶黏剂；无醛；人造板；大豆蛋白；生物基胶黏剂
        """,
    ),
    concept(
        "hydrogen-dri-steel",
        "metallurgy carbon-neutrality new-energy",
        """
        Hydrogen direct reduction of iron ore pellets with electric heating
        hydrogen-based green steelmaking
        Blast furnaces emit about two tonnes of CO2 per tonne of steel, and replacing coke with hydrogen requires new reactors and control of the endothermic reduction.
        A shaft furnace reduces iron ore pellets with hydrogen preheated by electric heaters, and a gas recycle loop removes water and recycles unreacted hydrogen. The resulting sponge iron feeds electric arc furnaces.
        integrated steel mills; electric arc furnace plants; iron ore pellet producers; green hydrogen suppliers
        CO2 emissions cut by more than 90% per tonne of steel; metallisation above 94%; pilot plant operating at 1 t/h; works with DR-grade pellets
        green steel; hydrogen direct reduction; DRI; electric arc furnace; decarbonisation
        """,
        """
        电加热氢气直接还原铁矿球团技术
        氢冶金绿色炼钢
        高炉每吨钢排放约两吨二氧化碳，用氢气替代焦炭需要新的反应器并控制吸热的还原反应。
        竖炉中用电加热预热的氢气还原铁矿球团，循环气回路脱除水分并回收未反应的氢气，所得海绵铁供电弧炉炼钢。
        钢铁联合企业；电弧炉钢厂；球团矿生产企业；绿氢供应商
        吨钢二氧化碳排放减少90%以上；金属化率大于94%；中试装置1吨/小时运行；适用于直接还原级球团
        绿色钢铁；氢冶金；直接还原铁；电弧炉；低碳冶金
        """,
    ),
    concept(
        "high-entropy-alloy",
        "metallurgy new-materials aerospace",
        """
        High-entropy alloy powders for wear- and heat-resistant coatings
        high-entropy alloy coatings
        Valves, turbine parts and moulds wear and oxidise quickly at high temperatures, and cobalt-based hard-facing alloys are expensive and supply-constrained.
        Gas-atomised high-entropy alloy powders of the AlCoCrFeNi family with ceramic reinforcement are applied by laser cladding or thermal spraying, giving coatings with high hardness and oxidation resistance up to 1,000 °C.
        valve and pump makers; gas turbine repair; moulds and dies; mining and drilling tools
        hardness above 700 HV; oxidation resistance up to 1,000 °C; wear resistance three times higher than Stellite 6; lower cobalt content
        high-entropy alloy; laser cladding; wear-resistant coating; thermal spray; metal powder
        """,
        """
        耐磨耐高温涂层用高熵合金粉末
        高熵合金涂层
        阀门、涡轮部件和模具在高温下磨损和氧化快，而钴基堆焊合金价格高、供应紧张。
        气雾化制备的AlCoCrFeNi系高熵合金粉末添加陶瓷增强相，通过激光熔覆或热喷涂形成高硬度、耐1000℃氧化的涂层。
        阀门和泵制造企业；燃气轮机修复；模具；矿山和钻探工具
        硬度大于700HV；耐氧化温度达1000℃；耐磨性是司太立6合金的三倍；钴含量更低
        高熵合金；激光熔覆；耐磨涂层；热喷涂；金属粉末
        """,
    ),
    concept(
        "aluminium-scrap-sorting",
        "metallurgy recycling instruments",
        """
        Laser-induced breakdown spectroscopy sorting of aluminium scrap by alloy
        alloy sorting of aluminium scrap
        Mixed aluminium scrap can only be remelted into low-grade casting alloys, so wrought alloy producers still depend on energy-intensive primary aluminium.
        A high-speed conveyor line fires laser pulses at each scrap piece, analyses the plasma spectrum to identify its alloy and ejects it into the right bin with air jets, enabling closed-loop recycling of wrought alloys.
        aluminium recyclers and remelters; automotive scrap processors; extrusion and rolling mills; scrap traders
        sorting throughput of 5 t/h; identification of alloy series in milliseconds; recycled content in wrought alloys above 75%; saves 95% of energy compared with primary aluminium
        aluminium recycling; LIBS; scrap sorting; wrought alloy; circular metals
        """,
        """
        基于激光诱导击穿光谱的废铝按牌号分选技术
        废铝合金智能分选
        混合废铝只能重熔为低档铸造合金，变形铝合金生产仍依赖高能耗的原铝。
        高速输送线上激光脉冲逐块击打废铝，分析等离子体光谱识别合金牌号，并通过气阀喷吹分入不同料仓，实现变形铝合金的闭环再生。
        再生铝和重熔企业；汽车拆解企业；铝型材和轧制企业；废金属贸易商
        分选能力5吨/小时；毫秒级识别合金系列；变形铝合金再生料比例大于75%；比原铝节能95%
        再生铝；激光诱导击穿光谱；废料分选；变形铝合金；金属循环
        """,
    ),
    concept(
        "smart-textile-heating",
        "textiles medical-devices iot",
        """
        Washable knitted smart textiles with integrated heating and vital-sign sensing
        smart textiles for health and comfort
        Heated clothing and wearable health monitors rely on rigid wires and patches that break in the wash and feel uncomfortable.
        Silver-coated conductive yarns are knitted directly into garments as heating zones and ECG electrodes; a detachable controller with a battery manages heating and streams heart rate and respiration to a phone.
        outdoor and workwear; elderly care and rehabilitation; sportswear; medical monitoring garments
        survives more than 50 wash cycles; heating up to 45 °C with 5 V power; ECG-quality heart rate; soft and stretchable without rigid wires
        smart textile; e-textile; conductive yarn; wearable; heated clothing
        """,
        """
        可水洗、集成加热与生命体征监测的针织智能纺织品
        智能可穿戴纺织品
        加热服装和可穿戴健康监测设备采用硬质导线和贴片，水洗易损坏，穿着也不舒适。
        镀银导电纱线直接织入服装，形成加热区和心电电极；可拆卸控制器内置电池，管理加热并将心率和呼吸数据传输到手机。
        户外服装和工装；养老和康复；运动服装；医用监测服装
        耐水洗50次以上；5V供电加热至45℃；心电级心率监测；柔软有弹性，无硬质导线
        智能纺织品；电子织物；导电纱线；可穿戴；加热服装
        """,
    ),
    concept(
        "waterless-dyeing",
        "textiles water-treatment chemicals",
        """
        Supercritical CO2 waterless dyeing of polyester fabrics
        waterless textile dyeing
        Conventional dyeing uses around 100 litres of water per kilogram of fabric and discharges coloured, salty wastewater that is hard to treat.
        Polyester fabric is dyed in supercritical carbon dioxide, which dissolves disperse dyes and carries them into the fibre; after dyeing the CO2 is recompressed and recycled, and unused dye is recovered as powder.
        polyester fabric dyehouses; sportswear and outdoor brands; automotive textiles; home textiles
        no process water and no wastewater; 95% of CO2 recycled; no drying step needed; dyeing cycle 40% shorter
        supercritical CO2; waterless dyeing; polyester; textile dyeing; clean production
        """,
        """
        涤纶织物超临界二氧化碳无水染色技术
        无水染色
        传统染色每公斤织物耗水约100升，排放的含盐有色废水难以处理。
        涤纶织物在超临界二氧化碳中染色，超临界流体溶解分散染料并将其带入纤维；染色后二氧化碳经再压缩循环使用，剩余染料以粉末形式回收。
        涤纶面料染厂；运动和户外品牌；汽车纺织品；家用纺织品
        无工艺用水、无废水排放；二氧化碳循环利用率95%；无需烘干；染色周期缩短40%
        超临界二氧化碳；无水染色；涤纶；纺织印染；清洁生产
        """,
    ),
    concept(
        "nonwoven-filter-media",
        "textiles environmental-protection medical-devices",
        """
        Electrospun nanofibre filter media with low pressure drop
        nanofibre filtration media
        High-efficiency air filters and masks trap fine particles through electrostatic charge that fades over time, or through dense media that make breathing and fans work harder.
        A needle-free electrospinning line deposits a thin layer of polymer nanofibres onto a spunbond support, giving mechanical rather than charge-based filtration with low airflow resistance.
        HVAC and cleanroom filters; face masks and respirators; vehicle cabin filters; industrial dust collection
        filtration efficiency above 99.9% for 0.3 µm particles without electrostatic charge; 30% lower pressure drop than meltblown; stable performance over filter life; line speed up to 30 m/min
        nanofibre; electrospinning; filter media; air filtration; nonwoven
        """,
        """
        低阻力静电纺纳米纤维过滤材料
        纳米纤维过滤材料
        高效空气过滤器和口罩依靠会随时间衰减的静电吸附，或依靠致密材料，导致呼吸阻力和风机能耗增加。
        无针静电纺丝生产线在纺粘基布上沉积一层聚合物纳米纤维，依靠机械拦截而非静电实现过滤，气流阻力低。
        暖通和洁净室过滤器；口罩和呼吸器；汽车空调滤清器；工业除尘
        不依赖静电对0.3微米颗粒过滤效率大于99.9%；压降比熔喷材料低30%；使用周期内性能稳定；线速度最高30米/分钟
        纳米纤维；静电纺丝；过滤材料；空气过滤；非织造布
        """,
    ),
    concept(
        "silicon-anode",
        "new-materials energy-storage",
        """
        Silicon-carbon composite anode material with low swelling for high-energy batteries
        silicon anode materials
        Silicon can store ten times more lithium than graphite, but it swells by 300% during charging, cracking particles and shortening battery life.
        Nano-silicon is deposited inside porous carbon scaffolds by chemical vapour deposition, leaving internal space for expansion and a stable carbon shell; the powder blends with graphite in existing electrode processes.
        electric-vehicle battery makers; consumer electronics cells; power tools; anode material producers
        specific capacity of 1,500-2,000 mAh/g; particle swelling below 50%; more than 1,000 cycles in blended anodes; drop-in for existing slurry processes
        silicon anode; silicon-carbon composite; lithium-ion battery; energy density; anode material
        """,
        """
        低膨胀硅碳复合负极材料
        硅基负极材料
        硅的储锂容量是石墨的十倍，但充电时体积膨胀达300%，导致颗粒破裂、电池寿命缩短。
        通过化学气相沉积将纳米硅沉积在多孔碳骨架内部，预留膨胀空间并形成稳定碳壳；粉体可与石墨掺混，沿用现有电极制备工艺。
        动力电池企业；消费电子电芯；电动工具；负极材料生产企业
        比容量1500～2000mAh/g；颗粒膨胀小于50%；掺混负极循环超过1000次；可直接用于现有匀浆工艺
        硅负极；硅碳复合材料；锂离子电池；能量密度；负极材料
        """,
    ),
    concept(
        "electrochemical-synthesis",
        "chemicals new-energy carbon-neutrality",
        """
        Electrochemical synthesis of hydrogen peroxide on site from air, water and electricity
        on-site electrochemical chemicals production
        Hydrogen peroxide is made in large plants by the anthraquinone process and shipped as a hazardous concentrated chemical, though most users need dilute solutions.
        A compact electrolyser with a carbon-based gas-diffusion cathode reduces oxygen from air selectively to peroxide, producing a dilute solution on demand from water and renewable electricity.
        water treatment and disinfection; pulp and textile bleaching; semiconductor cleaning; aquaculture and agriculture
        produced on site on demand, no transport or storage of concentrated peroxide; Faraday efficiency above 90%; concentrations up to 5%; modular units from 1 to 100 kg/day
        electrosynthesis; hydrogen peroxide; electrochemistry; green chemistry; on-site production
        """,
        """
        以空气、水和电现场电化学合成过氧化氢技术
        电化学现场制备化学品
        过氧化氢在大型工厂中采用蒽醌法生产，以危险的高浓度化学品形式运输，而多数用户只需要稀溶液。
        采用碳基气体扩散阴极的紧凑型电解装置将空气中的氧气选择性还原为过氧化氢，利用水和可再生电力按需生产稀溶液。
        水处理与消毒；纸浆和纺织漂白；半导体清洗；水产养殖和农业
        现场按需生产，无需运输和储存高浓度双氧水；法拉第效率大于90%；浓度最高5%；模块化装置每天1～100公斤
        电化学合成；过氧化氢；电化学；绿色化学；现场制备
        """,
    ),
    concept(
        "rare-earth-free-magnet",
        "metallurgy new-materials new-energy-vehicles",
        """
        Rare-earth-lean permanent magnets by grain-boundary diffusion
        low-rare-earth permanent magnets
        Electric-vehicle motors and wind turbines rely on neodymium magnets containing heavy rare earths such as dysprosium, whose supply is concentrated and prices volatile.
        Grain-boundary diffusion places dysprosium or terbium only at grain surfaces, and a cerium-substituted main phase replaces part of the neodymium; coercivity at high temperature is kept with 60-80% less heavy rare earth.
        EV traction motors; wind turbine generators; industrial servo motors; consumer electronics
        heavy rare-earth content cut by 60-80%; coercivity above 20 kOe for motor grades; compatible with existing sintering lines; cost savings of 15-25%
        permanent magnet; rare earth; grain boundary diffusion; NdFeB; dysprosium
        """,
        """
        晶界扩散低重稀土永磁材料技术
        低重稀土永磁材料
        电动汽车电机和风电机组依赖含镝等重稀土的钕铁硼磁体，其供应集中、价格波动大。
        晶界扩散工艺使镝或铽仅分布在晶粒表面，并以铈部分替代主相中的钕，在重稀土用量减少60%～80%的同时保持高温矫顽力。
        电动汽车驱动电机；风力发电机；工业伺服电机；消费电子
        重稀土用量降低60%～80%；电机用牌号矫顽力大于20kOe；兼容现有烧结产线；成本降低15%～25%
        永磁材料；稀土；晶界扩散；钕铁硼；镝
        """,
    ),
    concept(
        "recycled-fibre-spinning",
        "textiles recycling advanced-manufacturing",
        """
        Mechanical recycling line turning post-consumer cotton garments into spinnable fibre
        mechanical recycling of cotton textiles
        Shredding old cotton garments shortens the fibres so much that recycled yarn needs large shares of virgin fibre and breaks often in spinning.
        Garments are sorted by near-infrared spectroscopy, trims are removed automatically, and a gentle multi-stage opening process preserves fibre length; an optimised blending and rotor-spinning recipe produces yarns with high recycled content.
        textile recyclers and sorters; spinning mills; denim and knitwear brands; municipal textile collection schemes
        fibre length preserved 30% better than conventional shredding; yarns with up to 70% recycled cotton; automatic removal of buttons and zips; sorting by colour and composition
        textile recycling; recycled cotton; fibre opening; rotor spinning; circular textiles
        """,
        """
        废旧棉纺织品物理法再生可纺纤维生产线
        废旧棉织物物理再生
        废旧棉服装经撕碎后纤维过短，再生纱线需要大量掺混原生纤维，纺纱时断头频繁。
        近红外光谱自动分拣服装，自动去除辅料，柔和的多级开松工艺保持纤维长度；优化的配棉和转杯纺工艺生产高再生含量的纱线。
        废旧纺织品回收和分拣企业；纺纱厂；牛仔和针织品牌；城市旧衣回收体系
        纤维长度保持率比传统撕碎高30%；纱线再生棉含量最高70%；自动去除纽扣和拉链；按颜色和成分分拣
        纺织品回收；再生棉；开松；转杯纺；纺织循环
        """,
    ),
)
