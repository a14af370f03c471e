;; `v128.store32_lane` of lane 1 of a local.

(module
  (memory 1)
  (func (export "f") (param $p i32) (param $v v128)
    (v128.store32_lane offset=4 1 (local.get $p) (local.get $v))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003C
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: mov     eax,[rbp+0x20]
;;     2a: mov     r11,[r14+0x10]
;;     2f: pextrd  [r11+rax+4],xmm0,1
;;     38: leave
;;     39: ret     0x18
;;     3c: cmp     dword ptr [r11+0x14],0
;;     45: jne     0x000000000000005B
;;     4b: cmp     rax,[r11+0x38]
;;     50: jb      0x0000000000000075
;;     56: jmp     0x000000000000001E
;;     5b: mov     r11,[r14]
;;     60: mov     qword ptr [r11+0x18],0x24
;;     69: mov     eax,0xA
;;     6f: mov     rsp,[r11+8]
;;     74: ret
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x24
;;     83: mov     eax,9
;;     89: mov     rsp,[r11+8]
;;     8e: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003B
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: mov     eax,[rbp+0x20]
;;     2a: mov     r11,[r14+0x10]
;;     2f: vpextrd [r11+rax+4],xmm0,1
;;     37: leave
;;     38: ret     0x18
;;     3b: cmp     dword ptr [r11+0x14],0
;;     44: jne     0x000000000000005A
;;     4a: cmp     rax,[r11+0x38]
;;     4f: jb      0x0000000000000074
;;     55: jmp     0x000000000000001E
;;     5a: mov     r11,[r14]
;;     5f: mov     qword ptr [r11+0x18],0x24
;;     68: mov     eax,0xA
;;     6e: mov     rsp,[r11+8]
;;     73: ret
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x24
;;     82: mov     eax,9
;;     88: mov     rsp,[r11+8]
;;     8d: ret
