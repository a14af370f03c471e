;; `f32.ne` of two locals, NaN-aware.

(module
  (func (export "f") (param $a f32) (param $b f32) (result i32)
    (f32.ne (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000047
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: ucomiss xmm1,xmm0
;;     30: setne   al
;;     34: movzx   eax,al
;;     38: setp    r11b
;;     3c: movzx   r11d,r11b
;;     40: or      eax,r11d
;;     43: leave
;;     44: ret     0x10
;;     47: cmp     dword ptr [r11+0x14],0
;;     50: jne     0x0000000000000066
;;     56: cmp     rax,[r11+0x38]
;;     5b: jb      0x0000000000000080
;;     61: jmp     0x000000000000001E
;;     66: mov     r11,[r14]
;;     6b: mov     qword ptr [r11+0x18],0x20
;;     74: mov     eax,0xA
;;     7a: mov     rsp,[r11+8]
;;     7f: ret
;;     80: mov     r11,[r14]
;;     85: mov     qword ptr [r11+0x18],0x20
;;     8e: mov     eax,9
;;     94: mov     rsp,[r11+8]
;;     99: ret
