"""Concepts in land and resources: agriculture, food, forestry, animal health, mining and
remote sensing."""

from techbridge.demo.concepts import concept

CONCEPTS = (
    concept(
        "precision-irrigation",
        "modern-agriculture iot water-treatment",
        """
        Soil-moisture-driven precision drip irrigation and fertigation control
        precision irrigation
        Farmers irrigate by habit or calendar, wasting water and fertiliser in some fields while crops suffer from drought stress in others.
        Wireless soil-moisture and salinity probes, local weather forecasts and crop models drive valve controllers that irrigate and fertilise each zone only as much as the crop needs. Farmers follow and adjust everything on a phone app.
        orchards and vineyards; greenhouse vegetables; field crops under drip irrigation; farm cooperatives in dry regions
        water savings of 25-40%; fertiliser reduced by 20-30% with stable yields; solar-powered field controllers; app in Chinese and English
        precision irrigation; drip irrigation; fertigation; soil moisture sensor; water saving
        """,
        """
        基于土壤墒情的精准滴灌与水肥一体化控制技术
        智能水肥一体化
        农户凭经验或按日历灌溉，有的地块浪费水肥，有的地块作物却遭受干旱胁迫。
        无线土壤水分和盐分探头、本地天气预报和作物模型驱动阀门控制器，按作物需求对每个区域精准灌溉施肥；农户可通过手机App查看和调整。
        果园和葡萄园；设施蔬菜；滴灌大田作物；干旱地区农业合作社
        节水25%～40%；减少化肥20%～30%且产量稳定；田间控制器太阳能供电；中英文App
        精准灌溉；滴灌；水肥一体化；土壤墒情传感器；节水农业
        """,
    ),
    concept(
        "plant-factory",
        "modern-agriculture display energy-efficiency",
        """
        Vertical farming system with spectrum-optimised LED lighting and climate control
        vertical farming
        Cities import fresh greens over long distances, and field production suffers from weather extremes, pests and pesticide residues.
        Multi-layer growing racks with spectrum-tunable LEDs, hydroponic nutrient recirculation and airflow control produce leafy greens and herbs year-round; software tunes light recipes per crop to cut energy per kilogram.
        urban farms and retailers; restaurants and catering; desert and island regions; seedling production
        energy use below 8 kWh per kg of lettuce; 95% less water than field production; no pesticides; harvest every 3-4 weeks all year
        vertical farming; plant factory; LED grow light; hydroponics; controlled environment agriculture
        """,
        """
        光谱优化LED补光与环境调控的垂直农场系统
        植物工厂
        城市的新鲜蔬菜需长途调运，露地生产又受极端天气、病虫害和农药残留困扰。
        多层栽培架配备光谱可调LED、水培营养液循环和气流控制，全年生产叶菜和香草；软件按作物优化光配方，降低单位产量能耗。
        城市农场和零售商；餐饮和团餐企业；沙漠和海岛地区；育苗生产
        每公斤生菜能耗低于8kWh；比露地生产节水95%；不使用农药；全年每3～4周收获一茬
        垂直农场；植物工厂；LED植物灯；水培；设施农业
        """,
    ),
    concept(
        "crop-breeding-genomics",
        "modern-agriculture biotechnology ai",
        """
        Genomic selection and speed breeding for drought-tolerant crop varieties
        genomic crop breeding
        Climate change brings more droughts and heat waves, but conventional breeding takes ten years or more to release a new variety.
        Speed-breeding growth chambers allow up to six generations a year, and genomic prediction models trained on genotype and field-trial data select the best lines early, focusing field trials on the most promising candidates.
        seed companies; agricultural research institutes; breeding programmes for wheat, rice and maize; vegetable breeders
        breeding cycle shortened by 40-50%; prediction accuracy above 0.6 for drought traits; up to six generations per year; open data formats for breeding databases
        genomic selection; speed breeding; crop breeding; drought tolerance; plant genomics
        """,
        """
        抗旱作物品种基因组选择与快速育种技术
        作物分子育种
        气候变化带来更多干旱和高温，而常规育种推出一个新品种需要十年以上。
        快速育种培养箱每年可繁育多达六代，基于基因型和田间试验数据训练的基因组预测模型提早筛选优良株系，使田间试验集中在最有潜力的材料上。
        种业企业；农业科研院所；小麦、水稻、玉米育种项目；蔬菜育种企业
        育种周期缩短40%～50%；抗旱性状预测准确度大于0.6；每年最多繁育六代；育种数据库采用开放格式
        基因组选择；快速育种；作物育种；抗旱；植物基因组
        """,
    ),
    concept(
        "cold-plasma-food",
        "food instruments biotechnology",
        """
        Cold plasma decontamination of fresh produce, nuts and spices
        non-thermal food decontamination
        Heat treatment damages the colour, flavour and nutrients of fresh and dried foods, while chemical washes leave residues and are increasingly restricted.
        Atmospheric cold plasma generated inside the package or in a conveyor tunnel produces reactive species that inactivate bacteria, moulds and mycotoxins on surfaces within minutes without heating the product.
        fresh-cut fruit and vegetables; nuts, seeds and spices; meat and seafood packaging; food equipment makers
        4-5 log reduction of pathogens; no temperature increase above 5 °C; no chemical residues; in-package treatment prevents recontamination
        cold plasma; food safety; decontamination; non-thermal processing; shelf life
        """,
        """
        果蔬、坚果和香辛料低温等离子体杀菌技术
        食品冷杀菌
        热处理会破坏生鲜和干制食品的色泽、风味和营养，化学清洗则会留下残留且受到越来越多限制。
        在包装内或输送隧道中产生的常压低温等离子体生成活性粒子，数分钟内灭活食品表面的细菌、霉菌并降解真菌毒素，且不加热产品。
        鲜切果蔬；坚果、籽仁和香辛料；肉类和水产品包装；食品机械企业
        致病菌降低4～5个对数值；产品温升不超过5℃；无化学残留；包装内处理避免二次污染
        低温等离子体；食品安全；杀菌；非热加工；保鲜
        """,
    ),
    concept(
        "plant-based-meat-extrusion",
        "food biotechnology advanced-manufacturing",
        """
        High-moisture extrusion for whole-cut plant-based meat with fibrous texture
        plant-based meat texture
        Plant-based burgers are common, but whole cuts like chicken breast or steak are hard to make because existing extrusion gives spongy rather than fibrous textures.
        A cooling die with controlled temperature zones and a protein blend of pea, faba bean and wheat align protein fibres during high-moisture extrusion; a marinating step adds juiciness and fat marbling.
        alternative-protein companies; meat processors diversifying into plant-based; food service; contract manufacturers
        fibrous texture comparable to chicken breast in sensory panels; protein content above 20%; clean-label ingredients; throughput of 500 kg/h per line
        plant-based meat; high-moisture extrusion; alternative protein; texture; food processing
        """,
        """
        具有纤维口感的高水分挤压整块植物肉技术
        植物肉挤压成型
        植物基汉堡肉饼已较常见，但鸡胸、牛排等整块肉制品难以实现，现有挤压工艺得到的是海绵状而非纤维状结构。
        温区可控的冷却模头配合豌豆、蚕豆和小麦复配蛋白，在高水分挤压过程中使蛋白纤维定向排列；腌制工序增加多汁感并形成脂肪纹理。
        替代蛋白企业；向植物基拓展的肉制品企业；餐饮渠道；代工企业
        感官评价纤维口感与鸡胸肉相当；蛋白质含量大于20%；清洁标签配料；单线产能500千克/小时
        植物肉；高水分挤压；替代蛋白；组织化；食品加工
        """,
    ),
    concept(
        "food-freshness-sensor",
        "food instruments iot",
        """
        Printed freshness indicator labels that show spoilage of packaged meat and fish
        intelligent food packaging
        Consumers throw away food by the printed date although it is still good, while spoiled products sometimes look fine until opened.
        A colour-changing label printed with pH- and amine-sensitive inks reacts to gases released by spoiling meat and fish inside the package; an optional NFC version lets retailers read freshness with a phone.
        meat and seafood packers; supermarkets; cold-chain logistics; food delivery platforms
        clear colour change readable by consumers; printed on existing label lines; cost below one cent per label; food-contact-safe inks
        intelligent packaging; freshness indicator; food waste; printed sensor; shelf life
        """,
        """
        显示包装肉类和水产品腐败程度的印刷型新鲜度指示标签
        智能食品包装
        消费者按包装日期丢弃仍可食用的食品，而变质的产品有时在开封前外观正常。
        以对pH和胺类敏感的油墨印刷的变色标签，可与包装内肉类和鱼类腐败释放的气体发生反应；可选的NFC版本便于零售商用手机读取新鲜度。
        肉类和水产品包装企业；超市；冷链物流；外卖与生鲜电商平台
        颜色变化明显、消费者可直观判断；可在现有标签产线印刷；每枚标签成本低于一分钱；油墨符合食品接触安全要求
        智能包装；新鲜度指示；食品浪费；印刷传感器；保质期
        """,
    ),
    concept(
        "forest-fire-detection",
        "forestry-ecology ai space-remote-sensing",
        """
        Early wildfire detection from camera towers and satellite hotspots
        wildfire early detection
        Wildfires spread fast in dry seasons, and detection by lookouts and public reports often comes too late for a small initial attack.
        Pan-tilt-zoom cameras on towers scan the landscape and an AI model recognises smoke plumes by day and flames by night; detections are confirmed with satellite hotspots and weather data and sent to fire services with location estimates.
        forestry administrations; national parks; utilities with lines through forests; plantation owners
        smoke detected within 5 minutes at distances up to 15 km; false alarms filtered by multi-frame analysis; location by triangulation; works with existing towers
        wildfire detection; forest fire; computer vision; remote sensing; early warning
        """,
        """
        基于瞭望塔摄像头与卫星热点的森林火灾早期识别技术
        森林火灾早期预警
        干旱季节山火蔓延迅速，依靠瞭望员和群众报警发现火情往往为时已晚，错过初期扑救时机。
        瞭望塔上的云台摄像头巡视林区，AI模型白天识别烟雾、夜间识别火光；结合卫星热点和气象数据确认后，将估算位置推送给消防部门。
        林业主管部门；自然保护区；线路穿越林区的电力企业；人工林经营企业
        15公里范围内5分钟内发现烟雾；多帧分析过滤误报；交叉定位火点；可利用现有瞭望塔
        森林防火；山火识别；计算机视觉；遥感；预警
        """,
    ),
    concept(
        "ecological-restoration-seed",
        "forestry-ecology modern-agriculture environmental-protection",
        """
        Seed pellets and drone seeding for restoration of degraded land
        ecological restoration of degraded land
        Restoring degraded hills, mining spoil and desertified land by hand planting is slow and expensive, and sown seeds are eaten or dry out before they establish.
        Native seeds are coated in pellets with nutrients, water-retaining polymer, beneficial fungi and bird-repellent; drones map the site and sow pellets at optimal spots chosen from terrain and moisture models.
        desertification control; mine rehabilitation; post-fire restoration; riverbank and slope protection
        seeding of up to 40 hectares per day per drone; establishment rates three times higher than bare seed; native species mixes; cost below half of manual planting
        ecological restoration; drone seeding; seed pellet; revegetation; desertification
        """,
        """
        退化土地生态修复种子丸粒与无人机播种技术
        退化土地生态修复
        人工栽植修复退化山地、矿山排土场和沙化土地速度慢、成本高，直接撒播的种子又易被鸟兽啄食或干枯，成活率低。
        乡土植物种子包衣制成含养分、保水剂、有益真菌和驱鸟剂的丸粒；无人机测绘场地，根据地形和墒情模型选择最佳位点精准播种。
        荒漠化防治；矿山生态修复；火烧迹地恢复；河岸与边坡防护
        单机日播种面积最高40公顷；出苗率是裸种子的三倍；采用乡土物种配比；成本不到人工栽植的一半
        生态修复；无人机播种；种子丸粒；植被恢复；荒漠化
        """,
    ),
    concept(
        "wood-modification",
        "forestry-ecology new-materials construction",
        """
        Thermal and bio-based chemical modification of fast-growing plantation wood
        durable modified wood
        Fast-growing plantation woods like poplar and eucalyptus are cheap but soft, unstable and rot easily, so tropical hardwoods or preservative-treated wood are used outdoors.
        A combined treatment impregnates wood with a bio-based furfuryl alcohol resin and then heat-treats it, giving dimensionally stable, rot-resistant and harder wood without toxic preservatives.
        decking and cladding producers; window and door makers; garden furniture; plantation owners seeking added value
        durability class 1-2 without biocides; swelling reduced by 50-70%; hardness doubled; made from fast-growing plantation species
        wood modification; furfurylation; thermally modified wood; plantation wood; durability
        """,
        """
        速生人工林木材热处理与生物基化学改性技术
        速生材改性
        杨木、桉木等速生人工林木材价廉但材质软、尺寸不稳定、易腐朽，户外只能使用热带硬木或防腐处理材。
        先以生物基糠醇树脂浸渍木材再进行热处理，获得尺寸稳定、耐腐、硬度更高的木材，不使用有毒防腐剂。
        户外地板和外墙板企业；门窗企业；园林家具；寻求增值的人工林经营企业
        不含杀菌剂达到1～2级耐久性；膨胀率降低50%～70%；硬度提高一倍；原料为速生人工林树种
        木材改性；糠醇化；热处理木材；人工林木材；耐久性
        """,
    ),
    concept(
        "livestock-monitoring",
        "animal-health iot ai",
        """
        Sensor-based early detection of disease and heat stress in dairy cows
        precision livestock monitoring
        On large dairy farms, illness, lameness and heat stress are spotted late, reducing milk yield and increasing antibiotic use.
        Rumen boluses measure temperature and activity continuously, and cameras over walkways score body condition and gait; models alert farmers to mastitis, ketosis or lameness days before clinical signs appear.
        dairy farms; beef feedlots; veterinary practices; dairy cooperatives and milk processors
        disease alerts 2-4 days before clinical signs; antibiotic use reduced by 20-30%; bolus battery life of 5 years; integrates with herd management software
        precision livestock farming; dairy cow; rumen bolus; disease detection; animal welfare
        """,
        """
        基于传感器的奶牛疾病和热应激早期预警技术
        智慧畜牧监测
        大型奶牛场的疾病、跛行和热应激发现较晚，导致产奶量下降、抗生素用量增加。
        瘤胃胶囊连续测量体温和活动量，通道上方的摄像头对体况和步态评分，模型可在临床症状出现前数天预警乳房炎、酮病和跛行。
        奶牛场；肉牛育肥场；兽医服务机构；奶业合作社和乳品企业
        临床症状前2～4天预警；抗生素用量减少20%～30%；胶囊电池寿命5年；对接牧场管理软件
        智慧畜牧；奶牛；瘤胃胶囊；疾病预警；动物福利
        """,
    ),
    concept(
        "aquaculture-ras",
        "animal-health water-treatment marine",
        """
        Recirculating aquaculture system with biofloc and automatic water-quality control
        recirculating aquaculture
        Pond and net-pen aquaculture pollutes water, suffers disease outbreaks and depends on the weather, while land-based systems are expensive to build and run.
        A modular recirculating system with drum filters, moving-bed biofilters, oxygen cones and UV disinfection recycles more than 98% of water; sensors and automatic feeders keep oxygen, ammonia and feeding in the optimal range.
        land-based fish and shrimp farms; hatcheries; inland regions without coastal sites; aquaculture equipment dealers
        more than 98% water recycled; stocking density up to 80 kg/m³; feed conversion ratio improved by 15%; remote monitoring and alarms
        recirculating aquaculture system; RAS; biofilter; water quality; fish farming
        """,
        """
        具有生物絮团与水质自动控制的循环水养殖系统
        工厂化循环水养殖
        池塘和网箱养殖污染水体、病害频发且靠天吃饭，而陆基养殖系统建设和运行成本高。
        模块化循环水系统配备转鼓过滤器、移动床生物滤池、增氧锥和紫外消毒，水循环利用率超过98%；传感器和自动投饵机将溶氧、氨氮和投喂控制在最佳范围。
        陆基鱼虾养殖场；苗种场；缺乏海岸资源的内陆地区；水产设备经销商
        水循环利用率大于98%；养殖密度最高80kg/m³；饲料系数改善15%；远程监控和报警
        循环水养殖；RAS；生物滤池；水质调控；工厂化养殖
        """,
    ),
    concept(
        "veterinary-vaccine-asf",
        "animal-health biomedicine biotechnology",
        """
        Subunit vaccine candidate and companion diagnostic for African swine fever
        African swine fever prevention
        African swine fever has killed hundreds of millions of pigs and there is no widely approved safe vaccine; live attenuated candidates raise safety concerns.
        A multi-antigen subunit vaccine expressed in a baculovirus system with a novel adjuvant induces protective responses in challenge studies, and a companion ELISA distinguishes vaccinated from infected animals.
        veterinary vaccine manufacturers; pig producers and integrators; veterinary authorities; diagnostic kit makers
        no live virus, so no risk of reversion; differentiates infected from vaccinated animals; partial to full protection in challenge trials; scalable insect-cell production
        African swine fever; veterinary vaccine; subunit vaccine; DIVA diagnostic; pig health
        """,
        """
        非洲猪瘟亚单位候选疫苗及配套鉴别诊断技术
        非洲猪瘟防控
        非洲猪瘟已导致数亿头猪死亡，目前尚无广泛获批的安全疫苗，减毒活疫苗候选株存在安全隐患。
        以杆状病毒系统表达的多抗原亚单位疫苗配合新型佐剂，在攻毒试验中诱导保护性免疫应答；配套ELISA可区分免疫动物与感染动物。
        兽用疫苗生产企业；生猪养殖和一体化企业；兽医主管部门；诊断试剂企业
        不含活病毒无返强风险；可鉴别感染与免疫动物；攻毒试验显示部分至完全保护；昆虫细胞表达可规模化生产
        非洲猪瘟；兽用疫苗；亚单位疫苗；鉴别诊断；生猪健康
        """,
    ),
    concept(
        "autonomous-mining-truck",
        "mining intelligent-vehicles robotics",
        """
        Retrofit autonomy kit for haul trucks in open-pit mines
        autonomous haulage for mining
        Open-pit mines struggle to hire truck drivers for remote sites, and haulage accidents and fuel waste from inconsistent driving are costly.
        A retrofit kit of lidar, radar, GNSS and a drive-by-wire interface turns existing haul trucks into autonomous vehicles; a fleet management system plans routes and coordinates loading, dumping and mixed operation with manned equipment.
        open-pit coal, iron ore and copper mines; quarries; mining contractors; mining equipment dealers
        retrofit of existing trucks of different brands; productivity up 15-20% through 24-hour operation; fuel savings of 10%; mixed operation with manned vehicles
        autonomous haulage; mining truck; open-pit mine; retrofit kit; fleet management
        """,
        """
        露天矿用卡车无人驾驶改装套件
        矿山无人驾驶运输
        露天矿山地处偏远，卡车司机招聘难，运输事故和驾驶习惯造成的油耗浪费代价高昂。
        由激光雷达、毫米波雷达、卫星定位和线控接口组成的改装套件，可将现有矿用卡车改造为无人驾驶车辆；车队管理系统规划路线，协调装载、卸载以及与有人设备的混合作业。
        露天煤矿、铁矿和铜矿；采石场；采矿承包商；矿山设备经销商
        可改装不同品牌的现有车辆；24小时作业使效率提高15%～20%；节油10%；支持与有人车辆混编作业
        无人驾驶运输；矿用卡车；露天矿；改装套件；车队调度
        """,
    ),
    concept(
        "tailings-dewatering",
        "mining environmental-protection water-treatment",
        """
        Filtered dry-stack tailings with polymer-assisted dewatering
        dry-stacking of mine tailings
        Tailings dam failures have caused deadly disasters, and wet tailings storage loses large amounts of water in arid mining regions.
        A tailored flocculant system and high-pressure filter presses dewater fine tailings to a stackable cake; the recovered water returns to the processing plant, and the dry stack is compacted and progressively rehabilitated.
        copper, gold and iron ore mines; mines in arid regions; mine engineering consultants; tailings storage operators
        no liquid tailings dam needed; more than 85% of process water recovered; geotechnically stable stacks; footprint reduced by 50%
        tailings; dry stacking; dewatering; filter press; mine water recovery
        """,
        """
        聚合物辅助脱水的尾矿干式堆存技术
        尾矿干堆
        尾矿库溃坝曾造成严重灾难，湿法尾矿堆存在干旱矿区还会损失大量水资源。
        定制絮凝剂体系配合高压压滤机将细粒尾矿脱水成可堆存的滤饼，回收水返回选矿厂；干堆场分层压实并逐步复垦。
        铜矿、金矿和铁矿；干旱地区矿山；矿山工程咨询机构；尾矿库运营单位
        无需建设湿式尾矿库；回收85%以上工艺水；堆体岩土稳定；占地减少50%
        尾矿；干式堆存；脱水；压滤机；矿山水回收
        """,
    ),
    concept(
        "critical-minerals-exploration",
        "mining space-remote-sensing ai",
        """
        Machine-learning prospectivity mapping for lithium and rare-earth exploration
        AI mineral exploration
        Demand for lithium, rare earths and other critical minerals is soaring, but exploration success rates are low and drilling is expensive.
        Models trained on geological maps, geochemistry, geophysics and hyperspectral satellite data rank areas by prospectivity and quantify uncertainty, guiding field sampling and drilling to the most promising targets.
        exploration companies; geological surveys; mining investors; junior miners
        target areas reduced by 80-90%; integrates satellite, geophysical and geochemical data; uncertainty maps for decision-making; validated on known deposits
        mineral exploration; prospectivity mapping; lithium; rare earths; machine learning
        """,
        """
        锂与稀土找矿机器学习成矿预测技术
        智能找矿预测
        锂、稀土等关键矿产需求激增，但勘查成功率低，钻探费用高昂。
        基于地质图、地球化学、地球物理和高光谱卫星数据训练的模型对区域进行成矿远景排序并量化不确定性，指导野外采样和钻探聚焦最有潜力的靶区。
        矿产勘查企业；地质调查机构；矿业投资者；中小矿业公司
        靶区范围缩小80%～90%；融合卫星、物探和化探数据；提供不确定性图件辅助决策；已在已知矿床上验证
        矿产勘查；成矿预测；锂矿；稀土；机器学习
        """,
    ),
    concept(
        "insar-deformation",
        "space-remote-sensing construction mining",
        """
        Satellite radar interferometry for millimetre-level ground and infrastructure deformation monitoring
        InSAR ground deformation monitoring
        Subsidence and landslides threaten railways, dams, mines and cities, but ground surveys cover only a few points and are repeated rarely.
        Persistent-scatterer InSAR processing of radar satellite archives measures deformation of millions of points with millimetre precision; automatic updates with each new acquisition flag accelerating movements.
        railway and highway operators; dam and mine owners; city planning departments; insurers
        millimetre-level precision over wide areas; historical analysis from satellite archives; updates every 6-12 days; alerts on accelerating movements
        InSAR; remote sensing; subsidence; landslide monitoring; infrastructure monitoring
        """,
        """
        毫米级地表与基础设施形变卫星雷达干涉监测技术
        InSAR形变监测
        地面沉降和滑坡威胁铁路、大坝、矿山和城市，而地面测量点位少、复测频次低。
        对雷达卫星历史存档数据进行永久散射体InSAR处理，以毫米级精度测量数百万个点的形变；每获取一景新数据自动更新，对加速变形发出预警。
        铁路和公路运营单位；大坝和矿山业主；城市规划部门；保险公司
        大范围毫米级精度；可利用卫星存档回溯历史；每6～12天更新；加速变形自动预警
        InSAR；遥感；地面沉降；滑坡监测；基础设施监测
        """,
    ),
    concept(
        "crop-yield-satellite",
        "space-remote-sensing modern-agriculture finance-tech",
        """
        Satellite-based crop monitoring and yield forecasting for insurers and traders
        satellite crop monitoring
        Agricultural insurers, lenders and traders need to know field conditions and expected yields, but field visits are costly and farmers' reports are slow.
        Optical and radar satellite time series are combined with weather data in crop-growth and machine-learning models to map crop types, detect damage from drought, hail or flood, and forecast yields weeks before harvest.
        agricultural insurers; banks lending to farmers; commodity traders; agriculture departments
        field-level crop classification above 90% accuracy; yield forecasts 4-8 weeks before harvest; damage assessment after extreme weather within days; works through clouds with radar
        remote sensing; crop monitoring; yield forecasting; agricultural insurance; satellite imagery
        """,
        """
        面向保险和贸易的卫星作物长势监测与估产技术
        卫星遥感农情监测
        农业保险、涉农信贷和粮食贸易需要掌握田间长势和预期产量，但实地查勘成本高，农户上报又滞后。
        光学和雷达卫星时序数据结合气象数据，在作物生长模型和机器学习模型中识别作物类型，监测干旱、冰雹或洪涝灾损，并在收获前数周预测产量。
        农业保险公司；涉农贷款银行；粮食贸易企业；农业农村部门
        地块级作物分类准确率大于90%；收获前4～8周估产；极端天气后数日内完成灾损评估；雷达数据可穿透云层
        遥感；农情监测；作物估产；农业保险；卫星影像
        """,
    ),
    concept(
        "gnss-precise-positioning",
        "space-remote-sensing intelligent-vehicles modern-agriculture",
        """
        Centimetre-level multi-constellation GNSS positioning service with fast convergence
        precise GNSS positioning
        Autonomous machines, surveying and precision farming need centimetre positioning, but RTK needs nearby base stations and PPP takes too long to converge.
        A PPP-RTK correction service combines GPS, BeiDou, Galileo and GLONASS with regional atmospheric models and broadcasts corrections by internet and satellite, giving centimetre accuracy within seconds over wide areas.
        precision agriculture machinery; autonomous vehicles and robots; surveying and construction; drones
        centimetre accuracy with convergence under 30 seconds; uses BeiDou, GPS, Galileo and GLONASS; corrections via internet or L-band satellite; no local base station needed
        GNSS; BeiDou; precise point positioning; RTK; high-precision positioning
        """,
        """
        快速收敛的多系统厘米级卫星导航精密定位服务
        北斗高精度定位
        自动驾驶设备、测绘和精准农业需要厘米级定位，但RTK依赖附近基站，精密单点定位收敛时间又太长。
        PPP-RTK改正服务融合GPS、北斗、伽利略和格洛纳斯系统及区域大气模型，通过互联网和卫星播发改正数，在大范围内数秒内实现厘米级定位。
        精准农业机械；自动驾驶车辆和机器人；测绘和施工；无人机
        厘米级精度，收敛时间小于30秒；支持北斗、GPS、伽利略和格洛纳斯；通过互联网或L波段卫星播发；无需本地基站
        卫星导航；北斗；精密单点定位；RTK；高精度定位
        """,
    ),
    concept(
        "biopesticide",
        "modern-agriculture biotechnology environmental-protection",
        """
        Microbial biopesticide against fungal diseases of fruit and vegetables
        biological crop protection
        Growers depend on chemical fungicides that leave residues, harm beneficial insects and lose effectiveness as pathogens become resistant.
        A Bacillus strain selected from healthy plant leaves colonises crop surfaces and roots, produces antifungal lipopeptides and triggers the plant's own defences; a stable wettable-powder formulation mixes with standard sprayers.
        greenhouse vegetables; fruit orchards and vineyards; organic farming; crop protection distributors
        disease control comparable to chemical standards in field trials; zero pre-harvest interval and no residues; shelf life of two years at room temperature; compatible with integrated pest management
        biopesticide; Bacillus; biological control; plant disease; organic farming
        """,
        """
        防治果蔬真菌病害的微生物农药
        生物农药
        种植者依赖化学杀菌剂，农药残留多、伤害有益昆虫，病原菌产生抗药性后防效下降。
        从健康植物叶片筛选的芽孢杆菌菌株可在作物表面和根系定殖，产生抗真菌脂肽并激发植物自身抗性；可湿性粉剂配方稳定，可用常规喷雾器施用。
        设施蔬菜；果园和葡萄园；有机农业；植保产品经销商
        田间试验防效与化学对照药剂相当；无安全间隔期、无残留；常温保质期两年；适合病虫害综合防治
        生物农药；芽孢杆菌；生物防治；植物病害；有机农业
        """,
    ),
    concept(
        "food-3d-printing-elderly",
        "food additive-manufacturing digital-health",
        """
        3D-printed texture-modified meals for people with swallowing difficulties
        texture-modified food for dysphagia
        Many older people and stroke patients cannot swallow normal food and receive unappetising purées, leading to malnutrition.
        Pureed ingredients are shaped by a food 3D printer into familiar-looking dishes with controlled texture levels; recipes are fortified with protein and matched to international dysphagia diet standards.
        hospitals and care homes; elderly meal delivery services; central kitchens; clinical nutrition companies
        textures meeting IDDSI levels 4-6; protein content increased by 30%; meals look like normal dishes; printing of 60 portions per hour
        food 3D printing; dysphagia; elderly nutrition; texture-modified food; clinical nutrition
        """,
        """
        面向吞咽障碍人群的3D打印质构调整膳食
        吞咽障碍特殊膳食
        许多老年人和卒中患者无法吞咽普通食物，只能吃缺乏食欲的糊状食物，容易营养不良。
        食品3D打印机将泥状食材打印成外形接近普通菜肴、质构可控的餐食，配方强化蛋白质，并符合国际吞咽障碍膳食标准。
        医院和养老院；老年助餐服务；中央厨房；临床营养企业
        质构符合IDDSI 4～6级；蛋白质含量提高30%；外观接近普通菜肴；每小时打印60份
        食品3D打印；吞咽障碍；老年营养；质构调整食品；临床营养
        """,
    ),
    concept(
        "wetland-restoration",
        "forestry-ecology water-treatment environmental-protection",
        """
        Constructed wetlands for polishing treated wastewater and restoring river ecology
        constructed wetlands
        Rivers downstream of small wastewater plants and farmland suffer from nitrogen and phosphorus loads, and engineered tertiary treatment is costly for small towns.
        Multi-stage constructed wetlands with selected native plants and phosphorus-binding substrates polish effluent and runoff; design software sizes the wetland to local climate, and the site doubles as a habitat and park.
        small towns and villages; agricultural drainage; river restoration projects; industrial parks with treated effluent
        total nitrogen and phosphorus removal of 60-80%; operating energy close to zero; creates habitat for birds and amphibians; design adapted to cold climates
        constructed wetland; ecological restoration; nutrient removal; nature-based solution; river restoration
        """,
        """
        深度净化尾水并修复河流生态的人工湿地技术
        人工湿地生态修复
        小型污水处理厂和农田下游的河流氮磷负荷高，而工程化深度处理对小城镇来说成本过高。
        多级人工湿地选用乡土植物和除磷基质，对尾水和农田径流进行深度净化；设计软件根据当地气候确定湿地规模，湿地同时作为生境和公园。
        小城镇和农村；农田排水；河流生态修复项目；尾水达标排放的工业园区
        总氮、总磷去除率60%～80%；运行能耗接近零；为鸟类和两栖动物营造栖息地；设计适应寒冷气候
        人工湿地；生态修复；脱氮除磷；基于自然的解决方案；河道治理
        """,
    ),
    concept(
        "feed-additive-methane",
        "animal-health carbon-neutrality biotechnology",
        """
        Feed additive that reduces enteric methane emissions from cattle
        methane-reducing cattle feed
        Methane from cattle digestion is one of agriculture's largest greenhouse-gas sources, and dairy buyers increasingly demand lower-carbon milk.
        A blend of seaweed-derived compounds and a plant essential-oil mixture, stabilised in a slow-release pellet, inhibits methane-forming microbes in the rumen without harming digestion or milk quality.
        dairy and beef farms; feed manufacturers; dairy processors with climate targets; carbon programme developers
        enteric methane reduced by 30-50% in trials; no effect on milk yield or taste; simple inclusion in existing rations; emission reductions measurable for carbon programmes
        methane reduction; feed additive; cattle; enteric fermentation; climate-smart agriculture
        """,
        """
        降低牛肠道甲烷排放的饲料添加剂
        反刍动物甲烷减排饲料
        牛消化过程产生的甲烷是农业最大的温室气体来源之一，乳品采购方对低碳牛奶的要求日益提高。
        以海藻来源化合物和植物精油复配，制成缓释颗粒，抑制瘤胃中产甲烷微生物，不影响消化和牛奶品质。
        奶牛和肉牛养殖场；饲料生产企业；有气候目标的乳品企业；碳减排项目开发商
        试验中肠道甲烷减少30%～50%；不影响产奶量和风味；可直接添加于现有日粮；减排量可计量用于碳减排项目
        甲烷减排；饲料添加剂；肉牛奶牛；瘤胃发酵；气候智慧型农业
        """,
    ),
    concept(
        "bioleaching-copper",
        "mining biotechnology metallurgy",
        """
        Heap bioleaching of low-grade copper sulphide ores with thermophilic microbes
        bioleaching of low-grade ores
        Large volumes of low-grade chalcopyrite ore are left as waste because flotation and smelting are uneconomic at such low grades.
        Heaps of crushed ore are inoculated with a consortium of thermophilic iron- and sulphur-oxidising microbes; controlled aeration and heat retention keep the heap warm enough to dissolve chalcopyrite, and copper is recovered by solvent extraction and electrowinning.
        copper mines with low-grade stockpiles; mine waste reprocessing; mining engineering firms; cathode copper producers
        copper recovery above 70% from chalcopyrite heaps; no smelting or sulphur dioxide emissions; processes ore below 0.3% copper economically; uses existing SX-EW plants
        bioleaching; copper; chalcopyrite; heap leaching; biomining
        """,
        """
        嗜热微生物堆浸低品位硫化铜矿技术
        低品位矿生物浸出
        大量低品位黄铜矿因浮选和冶炼不经济而被当作废石堆存。
        破碎后的矿堆接种嗜热铁硫氧化菌群，通过控制通风和保温使矿堆温度足以溶解黄铜矿，再以萃取-电积工艺回收铜。
        有低品位矿堆的铜矿山；矿山废石再处理；矿业工程公司；阴极铜生产企业
        黄铜矿堆浸铜回收率大于70%；无冶炼和二氧化硫排放；品位低于0.3%的矿石也可经济处理；利用现有萃取电积装置
        生物浸出；铜；黄铜矿；堆浸；生物冶金
        """,
    ),
    concept(
        "hyperspectral-water-quality",
        "space-remote-sensing water-treatment environmental-protection",
        """
        Satellite and drone hyperspectral monitoring of algal blooms and water quality
        remote sensing of water quality
        Lakes and reservoirs used for drinking water suffer harmful algal blooms, and sampling by boat gives only a few points a month.
        Hyperspectral images from satellites and drones are converted by physics-based and machine-learning models into maps of chlorophyll, cyanobacteria pigments, turbidity and dissolved organic matter, with alerts when blooms start.
        drinking water utilities; environmental protection agencies; reservoir and lake managers; aquaculture operators
        maps of the whole water body every few days; early warning of cyanobacteria blooms; validated against laboratory samples; data delivered through a web map and API
        hyperspectral remote sensing; water quality; algal bloom; cyanobacteria; satellite monitoring
        """,
        """
        卫星与无人机高光谱藻华及水质监测技术
        水质遥感监测
        作为饮用水源的湖泊和水库易暴发有害藻华，而乘船采样每月只能获得少数点位数据。
        卫星和无人机高光谱影像经物理模型和机器学习模型反演，生成叶绿素、蓝藻色素、浊度和溶解性有机物分布图，并在藻华初期发出预警。
        供水企业；生态环境部门；水库和湖泊管理单位；水产养殖企业
        每隔数天获得全水域分布图；蓝藻水华早期预警；经实验室样品验证；通过网页地图和API提供数据
        高光谱遥感；水质监测；藻华；蓝藻；卫星监测
        """,
    ),
)
