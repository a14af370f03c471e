;; `f64.load` at a local address with a static offset folded into the displacement.

(module
  (memory 1)
  (func (export "f") (param $p i32) (result f64)
    (f64.load offset=16 (local.get $p))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000033
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11,[r14+0x10]
;;     28: movsd   xmm0,[r11+rax+0x10]
;;     2f: leave
;;     30: ret     8
;;     33: cmp     dword ptr [r11+0x14],0
;;     3c: jne     0x0000000000000052
;;     42: cmp     rax,[r11+0x38]
;;     47: jb      0x000000000000006C
;;     4d: jmp     0x000000000000001E
;;     52: mov     r11,[r14]
;;     57: mov     qword ptr [r11+0x18],0x24
;;     60: mov     eax,0xA
;;     66: mov     rsp,[r11+8]
;;     6b: ret
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x24
;;     7a: mov     eax,9
;;     80: mov     rsp,[r11+8]
;;     85: ret
