;; `f32.lt` of two locals, NaN-aware.

(module
  (func (export "f") (param $a f32) (param $b f32) (result i32)
    (f32.lt (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003C
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: ucomiss xmm0,xmm1
;;     30: seta    al
;;     34: movzx   eax,al
;;     38: leave
;;     39: ret     0x10
;;     3c: cmp     dword ptr [r11+0x14],0
;;     45: jne     0x000000000000005B
;;     4b: cmp     rax,[r11+0x38]
;;     50: jb      0x0000000000000075
;;     56: jmp     0x000000000000001E
;;     5b: mov     r11,[r14]
;;     60: mov     qword ptr [r11+0x18],0x20
;;     69: mov     eax,0xA
;;     6f: mov     rsp,[r11+8]
;;     74: ret
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x20
;;     83: mov     eax,9
;;     89: mov     rsp,[r11+8]
;;     8e: ret
