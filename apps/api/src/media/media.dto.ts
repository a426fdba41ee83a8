import { Image } from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class ImageDto extends contractDto(Image) {}
